import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of a link as SVG markup (made in the browser; nothing leaves the page). */
export function useQrSvg(link: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((s) => {
      if (live) setSvg(s);
    });
    return () => {
      live = false;
    };
  }, [link]);
  return svg;
}

/** A QR code image of a link, `size` pixels wide, with the link as its accessible name. */
export function SurveyQr({ link, size, label }: { link: string; size: number; label: string }) {
  const svg = useQrSvg(link);
  if (!svg) return null;
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      width={size}
      height={size}
      alt={label}
    />
  );
}

/** Saves the QR code of a link as an SVG file. */
export async function downloadQrSvg(link: string, fileName: string) {
  const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
