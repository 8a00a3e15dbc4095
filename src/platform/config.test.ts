import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const trust = (value: string) => loadConfig({ SHILEN_TRUST_PROXY: value }).trustProxy;

describe('SHILEN_TRUST_PROXY', () => {
  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('0')).toBe(false);
  });

  it('takes a number of proxies in front, or their addresses and ranges', () => {
    expect(trust('1')).toBe(1);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.5')).toEqual(['10.0.0.5']);
    expect(trust('10.0.0.0/8, 2001:db8::/32,loopback')).toEqual(['10.0.0.0/8', '2001:db8::/32', 'loopback']);
  });

  it('refuses "true", which would let any client choose its own address, saying what to give instead', () => {
    for (const value of ['true', 'TRUE', 'yes', 'on']) {
      expect(() => trust(value)).toThrow(ConfigError);
      expect(() => trust(value)).toThrow(/every X-Forwarded-For hop.*addresses.*number of proxies/);
    }
  });

  it('refuses what is neither an address nor a number, naming the variable and the value', () => {
    expect(() => trust('proxy.example.mn')).toThrow(/SHILEN_TRUST_PROXY.*"proxy\.example\.mn"/);
    expect(() => trust('10.0.0.0/33')).toThrow(/"10\.0\.0\.0\/33"/);
    expect(() => trust('10.0.0.1,,10.0.0.2')).toThrow(ConfigError);
    expect(() => trust('99')).toThrow(/from 0 to 10/);
  });
});
