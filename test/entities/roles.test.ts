import { describe, expect, it } from 'vitest'
import { actor, read } from './run.js'

describe('roles', () => {
  it('splits titles joined by "and" and reads their organization and country', () => {
    const ctx = read(
      'General Secretary of the Labour Party of Norway Central Committee and President of Norway Erik Solvang visited Oslo.',
    )
    const roles = actor(ctx, 'person:erik solvang')!.roles
    expect(roles.map((r) => [r.title, r.org, r.country])).toEqual([
      ['General Secretary of the Labour Party of Norway Central Committee', 'org:labour party of norway', 'NO'],
      ['President of Norway', null, 'NO'],
    ])
    expect(roles[0].doc).toBe('doc1')
  })

  it('reads the qualifier before a title and the country of a demonym title', () => {
    const ctx = read('Former Polish Prime Minister Tomasz Wielicki and then-President Anna Kowal met.')
    expect(actor(ctx, 'person:tomasz wielicki')!.roles.map((r) => [r.title, r.country, r.qualifier])).toEqual([
      ['Prime Minister', 'PL', 'former'],
    ])
    expect(actor(ctx, 'person:anna kowal')!.roles.map((r) => [r.title, r.qualifier])).toEqual([['President', 'then']])
  })

  it('does not give an ambassador the country of the posting', () => {
    const ctx = read('Chilean Ambassador to Peru Rosa Morales attended.')
    const person = actor(ctx, 'person:rosa morales')!
    expect(person.country).toBe('CL')
  })
})

describe('roles in time', () => {
  it('dates a role by the one time its sentence states', async () => {
    const { createContext } = await import('../../src/pipeline/context.js')
    const { runStages } = await import('../../src/pipeline/run.js')
    const { textStage } = await import('../../src/text/stage.js')
    const { timeStage } = await import('../../src/time/stage.js')
    const { entityStage } = await import('../../src/entities/stage.js')
    const text = 'President Lina Ortiz of Chile phoned Peruvian President Marco Salas in May 2021.'
    const ctx = createContext({ docId: 'd', source: 'd.txt', text })
    runStages(ctx, [textStage, timeStage, entityStage])
    const role = ctx.actors.find((a) => a.key === 'person:marco salas')!.roles[0]
    expect(role.when).toMatchObject({ start: '2021-05-01', end: '2021-05-31' })
  })
})
