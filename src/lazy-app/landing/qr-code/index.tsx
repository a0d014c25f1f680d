import { qrPath } from './qr-path.ts';
import './style.css';

interface Props {
  url: string;
  label: string;
}

/** The QR code of a URL; loaded lazily because only computers need it. */
export default function QrCode({ url, label }: Props) {
  const { size, path } = qrPath(url);
  return (
    <figure class="qr-code">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption>{url}</figcaption>
    </figure>
  );
}
