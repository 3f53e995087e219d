/** Marks what only analysts and administrators see, wherever they see it (details, table). */
export function SensitiveBadge() {
  return (
    <span className="sensitive-badge" title="Sensitive: only analysts and administrators see it">
      Sensitive
    </span>
  );
}
