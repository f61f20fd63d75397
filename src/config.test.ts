import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('configuration', () => {
  it('tells the person starting the server in Swedish what is wrong', () => {
    expect(() => readConfig({ PORT: 'åttio' })).toThrow('PORT ska vara ett portnummer från 0 till 65535, men är "åttio".');
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/^UPPSIKT_PUBLIC_URL måste anges när NODE_ENV=production/);
  });

  it('reads a valid environment', () => {
    expect(readConfig({ PORT: '8080', NODE_ENV: 'production', UPPSIKT_PUBLIC_URL: 'https://uppsikt.example.se/' })).toMatchObject({
      port: 8080,
      production: true,
      publicUrl: 'https://uppsikt.example.se',
    });
  });
});
