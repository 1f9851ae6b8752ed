import "server-only";
import QRCode from "qrcode";

/** A QR code of the text as an SVG string, drawn on the server (no script, prints sharp). */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1, color: { dark: "#000000", light: "#ffffff" } });
}
