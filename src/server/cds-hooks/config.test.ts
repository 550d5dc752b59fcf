/** CDS Hooks settings: parsed by variable name, and what production refuses. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, unsafeProductionSettings } from '../config.js';
import { SANDBOX_JWKS } from './test-support/sandbox-key.js';

const prod = { SPINEPATH_MODE: 'production', SPINEPATH_SECRET: 'x'.repeat(8) + 'Q7#kP2$vL9!mN4@wR6^tY1&zB3*cD5(e', SPINEPATH_DEMO: '0' };

describe('CDS Hooks configuration', () => {
  it('reads issuers from JSON or a file, with inline or file JWK Sets, and the FHIR server allowlist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-cds-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify(SANDBOX_JWKS));
    const issuers = [{ iss: 'https://sandbox.cds-hooks.org', jwksUrl: 'https://sandbox.cds-hooks.org/.well-known/jwks.json', jwksFile: join(dir, 'jwks.json') }];
    writeFileSync(join(dir, 'issuers.json'), JSON.stringify(issuers));
    for (const value of [JSON.stringify(issuers), join(dir, 'issuers.json')]) {
      const { config, errors } = loadConfig({ SPINEPATH_CDS_ISSUERS: value, SPINEPATH_CDS_FHIR_SERVERS: 'https://ehr.example/fhir/, https://other.example/r4' });
      expect(errors).toEqual([]);
      expect(config.cds.issuers).toEqual([{ iss: 'https://sandbox.cds-hooks.org', jwksUrl: 'https://sandbox.cds-hooks.org/.well-known/jwks.json', jwks: SANDBOX_JWKS }]);
      expect(config.cds.fhirServers).toEqual(['https://ehr.example/fhir', 'https://other.example/r4']);
    }
    const defaults = loadConfig({}).config.cds;
    expect(defaults).toMatchObject({ issuers: [], fhirServers: [], allowUnsigned: false, clockSkewSeconds: 30, maxTokenSeconds: 3600, fetchTimeoutMs: 1500 });
  });

  it('names each bad value by variable', () => {
    const { errors } = loadConfig({
      SPINEPATH_CDS_ISSUERS: '[{"iss":"x"},{"iss":"y","jwksUrl":"ftp://y/jwks"}]',
      SPINEPATH_CDS_FHIR_SERVERS: 'ehr.example',
      SPINEPATH_CDS_ALLOW_UNSIGNED: 'maybe',
      SPINEPATH_PUBLIC_URL: 'https://spinepath.example.org/app',
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'SPINEPATH_CDS_ISSUERS[0]: give jwksUrl, jwks or jwksFile',
        expect.stringMatching(/^SPINEPATH_CDS_ISSUERS\[1\.jwksUrl\]/),
        "SPINEPATH_CDS_FHIR_SERVERS: 'ehr.example' is not an http(s) base URL",
        "SPINEPATH_CDS_ALLOW_UNSIGNED: expected 1 or 0, got 'maybe'",
        "SPINEPATH_PUBLIC_URL: expected scheme://host[:port] without a path, got 'https://spinepath.example.org/app'",
      ]),
    );
    expect(loadConfig({ SPINEPATH_CDS_ISSUERS: '{not json' }).errors[0]).toMatch(/^SPINEPATH_CDS_ISSUERS: malformed JSON/);
    expect(loadConfig({ SPINEPATH_CDS_ISSUERS: '/nonexistent/issuers.json' }).errors[0]).toMatch(/^SPINEPATH_CDS_ISSUERS: '\/nonexistent\/issuers.json' is neither JSON nor a readable file/);
  });

  it('refuses unsigned calls, a missing or plain-HTTP public URL and plain-HTTP FHIR servers in production', () => {
    const issuers = JSON.stringify([{ iss: 'https://ehr.example', jwksUrl: 'https://ehr.example/jwks' }]);
    const unsafe = unsafeProductionSettings(loadConfig({ ...prod, SPINEPATH_CDS_ALLOW_UNSIGNED: '1', SPINEPATH_CDS_ISSUERS: issuers, SPINEPATH_CDS_FHIR_SERVERS: 'http://ehr.example/fhir' }).config);
    expect(unsafe).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SPINEPATH_CDS_ALLOW_UNSIGNED=1/),
        expect.stringMatching(/^SPINEPATH_PUBLIC_URL is required with SPINEPATH_CDS_ISSUERS/),
        expect.stringMatching(/^SPINEPATH_CDS_FHIR_SERVERS: http:\/\/ehr.example\/fhir is not https/),
      ]),
    );
    expect(unsafeProductionSettings(loadConfig({ ...prod, SPINEPATH_CDS_ISSUERS: issuers, SPINEPATH_PUBLIC_URL: 'http://spinepath.example.org' }).config)).toContainEqual(expect.stringMatching(/needs TLS/));
    // Loopback (benchmarks, a TLS proxy on the same machine) is fine.
    expect(unsafeProductionSettings(loadConfig({ ...prod, SPINEPATH_CDS_ISSUERS: issuers, SPINEPATH_PUBLIC_URL: 'http://127.0.0.1:3000', SPINEPATH_CDS_FHIR_SERVERS: 'http://127.0.0.1:8080/fhir' }).config).filter((s) => /CDS|PUBLIC_URL/.test(s))).toEqual([]);
  });
});
