// Turns a URL into one SVG path of dark modules: a crisp QR code made on the device, no network.
import { encode } from 'uqr';

export interface QrPath {
  size: number;
  path: string;
}

export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size, path };
}
