export function SipPage() {
  return null;
}
