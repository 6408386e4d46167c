/**
 * The whole body as bytes, or a reason when it is larger than `maxBytes`
 * (checked on Content-Length first, then while streaming, so an oversized
 * answer is never held in memory).
 */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | string> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) {
    await response.body?.cancel()
    return tooLarge(declared, maxBytes)
  }
  if (!response.body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return tooLarge(total, maxBytes, true)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function tooLarge(size: number, max: number, atLeast = false): string {
  return `${atLeast ? 'more than ' : ''}${size.toLocaleString('en')} bytes, above the limit of ${max.toLocaleString('en')} (option maxBytes); not read`
}
