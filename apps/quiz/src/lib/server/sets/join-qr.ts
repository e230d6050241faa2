import QRCode from 'qrcode';

/** The join link as an SVG QR code, drawn on the server, large enough to project in class. */
export async function joinQrSvg(joinUrl: string): Promise<string> {
  return QRCode.toString(joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
