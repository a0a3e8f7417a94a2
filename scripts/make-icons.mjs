#!/usr/bin/env node
/**
 * Draws the app icon (a rounded square with ledger lines and a rising growth line) and writes it as PNGs
 * for electron-builder: build/icon.png (1024) and build/icons/<n>x<n>.png for Linux.
 * Node built-ins only: shapes are signed-distance fields, anti-aliased by supersampling, encoded with zlib.
 *
 *   node scripts/make-icons.mjs
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const SUPERSAMPLE = 4;

// --- shapes in unit coordinates (0..1, y down) -------------------------------------------------------
const TILE = { inset: 0.055, radius: 0.2 };
const LEDGER_LINES = [0.36, 0.52, 0.68].map((y) => ({ y, x0: 0.22, x1: 0.78, halfWidth: 0.011 }));
const GROWTH = {
  points: [
    [0.22, 0.74],
    [0.4, 0.55],
    [0.53, 0.63],
    [0.76, 0.33],
  ],
  halfWidth: 0.037,
};
const DOT = { x: 0.76, y: 0.33, radius: 0.068 };

const TOP = [20, 184, 166]; // teal
const BOTTOM = [15, 83, 99]; // deep teal-blue
const WHITE = [255, 255, 255];
const AMBER = [251, 191, 36];

function roundedSquareDistance(x, y) {
  const half = 0.5 - TILE.inset;
  const qx = Math.abs(x - 0.5) - (half - TILE.radius);
  const qy = Math.abs(y - 0.5) - (half - TILE.radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function blend(under, over, alpha) {
  return under.map((channel, i) => channel + (over[i] - channel) * alpha);
}

/** Colour and opacity of one sample point. */
function sample(x, y) {
  if (roundedSquareDistance(x, y) > 0) return [0, 0, 0, 0];
  const t = Math.min(1, Math.max(0, (x * 0.35 + y * 0.65 - TILE.inset) / (1 - 2 * TILE.inset)));
  let color = blend(TOP, BOTTOM, t);
  // A soft highlight across the top keeps the tile from looking flat.
  color = blend(color, WHITE, Math.max(0, 0.12 - y * 0.2));
  for (const line of LEDGER_LINES) {
    if (x >= line.x0 && x <= line.x1 && Math.abs(y - line.y) <= line.halfWidth)
      color = blend(color, WHITE, 0.22);
  }
  let growth = Infinity;
  for (let i = 1; i < GROWTH.points.length; i += 1) {
    growth = Math.min(growth, segmentDistance(x, y, GROWTH.points[i - 1], GROWTH.points[i]));
  }
  if (growth <= GROWTH.halfWidth) color = WHITE;
  const dot = Math.hypot(x - DOT.x, y - DOT.y);
  if (dot <= DOT.radius + 0.022) color = WHITE; // a white ring separates the dot from the line
  if (dot <= DOT.radius) color = AMBER;
  return [...color, 255];
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const [r, g, b, a] = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          // Premultiply so transparent samples do not darken the edges.
          sum[0] += (r * a) / 255;
          sum[1] += (g * a) / 255;
          sum[2] += (b * a) / 255;
          sum[3] += a;
        }
      }
      const alpha = sum[3] / (n * n);
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) {
        pixels[offset + c] = alpha === 0 ? 0 : Math.round(((sum[c] / (n * n)) * 255) / alpha);
      }
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

// --- PNG encoding ------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  // compression, filter and interlace methods: all 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(join(root, 'build', 'icons'), { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, render(size));
  if (size <= 512) writeFileSync(join(root, 'build', 'icons', `${size}x${size}.png`), png);
  if (size === 1024) writeFileSync(join(root, 'build', 'icon.png'), png);
  console.log(`${size}x${size}: ${png.length} bytes`);
}
