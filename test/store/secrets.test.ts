import { describe, expect, it } from 'vitest'
import { hideSecrets } from '../../src/util/secrets.js'

// Issue 20: a store password with a raw '@', or given as ?password=, was
// shown in errors, `dyad summary`, the serve banner and logs.
describe('hideSecrets', () => {
  it.each([
    ['postgres://dyad:s3cret@db.example:5432/dyad', 'postgres://dyad:***@db.example:5432/dyad'],
    ['postgres://dyad:p@ss@w0rd@db.example/dyad', 'postgres://dyad:***@db.example/dyad'],
    ['postgres://dyad@db.example/dyad?password=s3cret&sslmode=require', 'postgres://dyad@db.example/dyad?password=***&sslmode=require'],
    ['postgresql://db.example/dyad?user=dyad&sslpassword=k3y', 'postgresql://db.example/dyad?user=dyad&sslpassword=***'],
    ['https://reader:hunter2@feeds.example/rss?token=abc', 'https://reader:***@feeds.example/rss?token=***'],
    ['cannot open store postgres://u:a@b@h/d: connect ECONNREFUSED; see postgres://u:x@h2/d', 'cannot open store postgres://u:***@h/d: connect ECONNREFUSED; see postgres://u:***@h2/d'],
    ['cannot open store postgres://u@h/d?password=a:b: connect ECONNREFUSED', 'cannot open store postgres://u@h/d?password=***: connect ECONNREFUSED'],
    ['/var/lib/dyad/dyad.db', '/var/lib/dyad/dyad.db'],
    ['https://example.org/a@b', 'https://example.org/a@b'],
    ['postgres://dyad@db.example/dyad', 'postgres://dyad@db.example/dyad'],
  ])('%s', (input, shown) => {
    expect(hideSecrets(input)).toBe(shown)
  })
})
