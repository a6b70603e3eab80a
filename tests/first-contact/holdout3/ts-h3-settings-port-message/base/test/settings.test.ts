import { describe, expect, it } from 'vitest'
import { loadSettings, parsePort, parseWorkers } from '../src/settings.js'

describe('parsePort', () => {
  it('accepts valid ports', () => {
    expect(parsePort('8080')).toBe(8080)
    expect(parsePort('1')).toBe(1)
  })

  it('rejects text', () => {
    expect(() => parsePort('http')).toThrow('Invalid port: "http"')
  })

  it('rejects out-of-range numbers', () => {
    expect(() => parsePort('70000')).toThrowError(/^Invalid port: "70000"$/)
    expect(() => parsePort('0')).toThrow(RangeError)
  })
})

describe('parseWorkers', () => {
  it('defaults to one worker', () => {
    expect(parseWorkers(undefined)).toBe(1)
    expect(parseWorkers('auto')).toBe(1)
  })

  it('rejects fractions', () => {
    expect(() => parseWorkers('1.5')).toThrow('Invalid worker count: "1.5"')
  })
})

describe('loadSettings', () => {
  it('fills in defaults', () => {
    expect(loadSettings({})).toEqual({ host: '127.0.0.1', port: 3000, workers: 1 })
  })

  it('surfaces a bad PORT', () => {
    expect(() => loadSettings({ PORT: '80a' })).toThrow(/Invalid port/)
  })
})
