import { describe, expect, it } from 'vitest';
import { commandLine, DEFAULT_OPTIONS, parseBenchArgs } from './args.ts';

describe('parseBenchArgs', () => {
  it('defaults to 10 s × 50 connections, all scenarios, writing the report', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toMatchObject({ durationSeconds: 10, connections: 50, warmupSeconds: 2, only: [], write: true });
  });

  it('reads the options in both spellings', () => {
    const options = parseBenchArgs(['--duration', '5', '--connections=20', '--warmup', '0', '--sql-runs', '30', '--no-write', '--single', '0']);
    expect(options).toMatchObject({ durationSeconds: 5, connections: 20, warmupSeconds: 0, sqlRuns: 30, write: false, singleSeconds: 0 });
  });

  it('reads the fixed rate of the paced run (off unless asked: autocannon paces in bursts)', () => {
    expect(parseBenchArgs([]).rate).toBe(0);
    expect(parseBenchArgs(['--rate', '200']).rate).toBe(200);
    expect(parseBenchArgs(['--rate=0']).rate).toBe(0);
    expect(() => parseBenchArgs(['--rate', 'fast'])).toThrow(/--rate must be an integer/);
  });

  it('collects --only from commas and repeats', () => {
    expect(parseBenchArgs(['--only', 'members,cities', '--only', 'tasks']).only).toEqual(['members', 'cities', 'tasks']);
  });

  it('reads the data scales', () => {
    expect(parseBenchArgs([])).toMatchObject({ scale: 1, compareScale: 10, generateOnly: false });
    expect(parseBenchArgs(['--scale', '0.5', '--compare-scale=0', '--generate-only'])).toMatchObject({ scale: 0.5, compareScale: 0, generateOnly: true });
    expect(() => parseBenchArgs(['--scale', '0'])).toThrow(/--scale must be a number/);
    expect(() => parseBenchArgs(['--compare-scale', '-1'])).toThrow(/--compare-scale/);
  });

  it('rejects what it does not understand', () => {
    expect(() => parseBenchArgs(['--duration', 'ten'])).toThrow(/--duration must be an integer/);
    expect(() => parseBenchArgs(['--connections', '0'])).toThrow(/--connections/);
    expect(() => parseBenchArgs(['--frobnicate'])).toThrow();
    expect(() => parseBenchArgs(['members'])).toThrow(/Unexpected argument/);
  });
});

describe('commandLine', () => {
  it('gives the command to type again', () => {
    expect(commandLine([])).toBe('npm run bench');
    expect(commandLine(['--only', 'members', '--duration', '5'])).toBe('npm run bench -- --only members --duration 5');
    expect(commandLine(['--only', 'a b'])).toBe("npm run bench -- --only 'a b'");
  });
});
