import { redirect } from "@/i18n/navigation";
import { shopContext, type ShopParams } from "@/lib/page-context";

export default async function AdminHome({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  redirect({ href: "/admin/factories", locale });
}
