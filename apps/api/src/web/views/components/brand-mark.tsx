import { h } from '../../html/jsx';

export function BrandMark() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1f5fbf" />
      <path d="M24 18a4 4 0 0 1 4-4h8a4 4 0 0 1 4 4v4h-4v-4h-8v4h-4z" fill="#fff" />
      <rect x="12" y="22" width="40" height="28" rx="5" fill="#fff" />
      <rect x="12" y="32" width="40" height="3" fill="#1f5fbf" />
      <rect x="28" y="29" width="8" height="9" rx="2" fill="#ffbf47" />
    </svg>
  );
}
