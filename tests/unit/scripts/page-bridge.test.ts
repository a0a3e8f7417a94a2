import { describe, expect, it } from 'vitest';
import { bridgeScript, frameCodec } from '@tests/fixtures/page-bridge';

describe('the benchmark bridge frames (tests/fixtures/page-bridge.ts)', () => {
  const codec = frameCodec();
  const encode = (value: unknown) => codec.encode(value);
  const decode = (frame: Uint8Array) => codec.decode(frame);
  const roundTrip = (value: unknown) => decode(new Uint8Array(Buffer.concat(encode(value))));

  it('carries bytes as bytes, wherever they sit, next to plain JSON', () => {
    const content = new TextEncoder().encode('{"a":"Zoë 🚀"}');
    const value = {
      ok: true,
      value: { content, nested: [Buffer.from([1, 2, 3]), { deeper: new Uint8Array(0) }], n: 1, s: 'x' },
    };
    const back = roundTrip(value) as typeof value;
    expect(back.value.content).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(back.value.content)).toBe('{"a":"Zoë 🚀"}');
    expect([...(back.value.nested[0] as Uint8Array)]).toEqual([1, 2, 3]);
    expect((back.value.nested[1] as { deeper: Uint8Array }).deeper.byteLength).toBe(0);
    expect(back.value.n).toBe(1);
    expect(back.value.s).toBe('x');
  });

  it('sends a frame of the JSON and the bytes, not the bytes as JSON numbers', () => {
    const big = new Uint8Array(100_000).fill(7);
    const size = encode({ content: big }).reduce((sum, part) => sum + part.byteLength, 0);
    expect(size).toBeLessThan(big.byteLength + 100);
  });

  it('carries a frame as base64 text for the e2e binding, bytes intact', () => {
    const content = new Uint8Array(70_000).map((_, i) => i % 251);
    const text = frameCodec().toBase64(encode({ content }));
    const back = decode(frameCodec().fromBase64(text)) as { content: Uint8Array };
    expect([...back.content]).toEqual([...content]);
  });

  it('passes values without bytes through unchanged, undefined as null', () => {
    for (const value of [null, 0, 'text', [1, 'a', { b: null }], { ok: false, error: { code: 'x' } }])
      expect(roundTrip(value)).toEqual(value);
    expect(roundTrip(undefined)).toBeNull();
  });

  it('installs from a self-contained script (the page has none of this module)', () => {
    const script = bridgeScript('profile-1');
    expect(script).toContain('"profile-1"');
    expect(script).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
