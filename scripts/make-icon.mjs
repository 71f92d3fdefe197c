// Draws the extension icon (128×128 PNG) with no dependency: three channels, one highlighted.
// Run once: node scripts/make-icon.mjs (the PNG is committed).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = Buffer.alloc(N * (N * 4 + 1));
const set = (x, y, [r, g, b, a = 255]) => { const i = y * (N * 4 + 1) + 1 + x * 4; px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a; };
for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) {
  const dx = Math.max(0, Math.abs(x - 63.5) - 44), dy = Math.max(0, Math.abs(y - 63.5) - 44);
  set(x, y, Math.hypot(dx, dy) < 20 ? [22, 52, 96] : [0, 0, 0, 0]);
}
// three lanes from a common start on the left, the middle one bright (the right channel)
const lane = (y1, color, w) => { for (let x = 24; x < 104; x++) { const t = (x - 24) / 80; const y = 64 + (y1 - 64) * Math.min(1, t * 1.6); for (let d = -w; d <= w; d++) set(x, Math.round(y + d), color); } };
lane(34, [90, 110, 140], 3);
lane(94, [90, 110, 140], 3);
lane(64, [255, 196, 0], 5);
for (let y = 52; y < 77; y++) for (let x = 96; x < 110; x++) if (Math.abs(y - 64) < (110 - x)) set(x, y, [255, 196, 0]);
const crc = (buf) => { let c = ~0; for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); } return ~c >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync(new URL('../images/icon.png', import.meta.url), Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]));
