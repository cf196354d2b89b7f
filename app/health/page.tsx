export const dynamic = "force-static";

export default function Health() {
  return <p>ok</p>;
}
