import { describe, expect, it } from 'vitest'
import { headline } from '../../src/ingest/formats/text.js'

// A plain-text article's first line is its title when it reads as a headline.
describe('the headline of a plain-text article', () => {
  it('takes a first line without a closing full stop', () => {
    expect(headline('Chile and Peru reopen border crossings\nSANTIAGO - The two countries agreed on Monday.')).toBe('Chile and Peru reopen border crossings')
  })

  it('leaves out a scraped date marker and a list bullet before it', () => {
    expect(headline(' date 2023-07-28 Ghana summons Togolese envoy over border post\nAccra said on Friday ...')).toBe('Ghana summons Togolese envoy over border post')
    expect(headline('- Kenya and Uganda sign rail pact\nNairobi, May 4 ...')).toBe('Kenya and Uganda sign rail pact')
  })

  it('takes no lede sentence and no one-line text', () => {
    expect(headline('Ghana and Togo agreed on Monday to reopen the border.\nMore follows.')).toBeNull()
    expect(headline('Ghana and Togo reopen the border')).toBeNull()
  })

  it('looks past one- and two-word navigation lines above the headline', () => {
    expect(headline('Contact Us\n\nPeru and Bolivia open a new border bridge\n\nLa Paz said on Tuesday that the bridge opens.')).toBe('Peru and Bolivia open a new border bridge')
    expect(headline('Home\nWorld\nNepal and Bhutan sign a hydropower accord\nThimphu, June 2 ...')).toBe('Nepal and Bhutan sign a hydropower accord')
    // a section name before a lede is no headline, and the lede is none either
    expect(headline('Uruguay\nUruguay and Paraguay agreed on Friday to dredge the river.\nMore follows.')).toBeNull()
    // a short line ending as a sentence is text, not navigation
    expect(headline('It rained.\nLaos and Cambodia hold border talks\nVientiane ...')).toBeNull()
    expect(headline(' date 2016-03-03 + ↺ − 16 px\nBy Ana Ruiz and Li Wei\nMarch 3, 2016 / 2:38 PM / 9 years ago\nNepal and Bhutan sign a hydropower accord\nThimphu ...')).toBe('Nepal and Bhutan sign a hydropower accord')
    // only the top of the page: four navigation lines are more than furniture
    expect(headline('Home\nNews\nWorld\nAsia\nLaos and Cambodia hold border talks\nVientiane ...')).toBeNull()
  })
})
