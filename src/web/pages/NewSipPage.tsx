export function NewSipPage() {
  return null;
}
