import { describe, expect, it } from 'vitest';
import { deliveryBackoffMs } from '../../worker/modules/webhooks/delivery';
import { signatureHeader, verifySignature } from '../../worker/modules/webhooks/signature';
import { webhookUrlProblem } from '../../worker/modules/webhooks/url-policy';

describe('the endpoint URL policy', () => {
  const prod = { production: true };
  const dev = { production: false };
  it('production accepts public https hosts only', () => {
    expect(webhookUrlProblem('https://partner.example.com/hooks?x=1', prod)).toBeNull();
    expect(webhookUrlProblem('https://8.8.8.8/h', prod)).toBeNull();
    for (const url of [
      'http://partner.example.com/h',
      'https://localhost/h',
      'https://127.0.0.1/h',
      'https://10.1.2.3/h',
      'https://172.16.0.1/h',
      'https://192.168.1.1/h',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/h',
      'https://0.0.0.0/h',
      'https://[::1]/h',
      'https://[fd00::1]/h',
      'https://[::ffff:127.0.0.1]/h',
      'https://metadata.internal/h',
      'https://printer.local/h',
      'https://intranet/h',
      'http://127.0.0.1:8080/h',
    ])
      expect(webhookUrlProblem(url, prod), url).not.toBeNull();
  });

  it('outside production, http is allowed to the loopback interface only', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9999/h', dev)).toBeNull();
    expect(webhookUrlProblem('http://localhost:9999/h', dev)).toBeNull();
    expect(webhookUrlProblem('http://[::1]:9999/h', dev)).toBeNull();
    expect(webhookUrlProblem('http://192.168.1.5/h', dev)).not.toBeNull();
    expect(webhookUrlProblem('http://partner.example.com/h', dev)).not.toBeNull();
  });
});

describe('signatures', () => {
  it('verify only the exact body, with the same secret, within five minutes', async () => {
    const at = new Date('2026-05-01T08:00:00Z');
    const header = await signatureHeader('whsec_test', '{"a":1}', at);
    expect(header).toMatch(/^t=1777622400,v1=[0-9a-f]{64}$/);
    expect(await verifySignature('whsec_test', header, '{"a":1}', at)).toBe(true);
    expect(await verifySignature('whsec_test', header, '{"a":2}', at)).toBe(false);
    expect(await verifySignature('whsec_other', header, '{"a":1}', at)).toBe(false);
    expect(await verifySignature('whsec_test', header, '{"a":1}', new Date(at.getTime() + 301_000))).toBe(
      false,
    );
    expect(await verifySignature('whsec_test', 'garbage', '{"a":1}', at)).toBe(false);
  });
});

describe('delivery backoff', () => {
  it('doubles from 30 s with ±25 % jitter, capped at one hour', () => {
    expect(deliveryBackoffMs(1, () => 0.5)).toBe(30_000);
    expect(deliveryBackoffMs(2, () => 0.5)).toBe(60_000);
    expect(deliveryBackoffMs(3, () => 0)).toBe(90_000);
    expect(deliveryBackoffMs(3, () => 1)).toBe(150_000);
    expect(deliveryBackoffMs(20, () => 0.5)).toBe(3_600_000);
  });
});
