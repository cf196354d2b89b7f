// The same translated 404 inside this section.
export { default } from "../not-found";
