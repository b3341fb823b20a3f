/** A multipart/form-data body for app.inject: fields in order, then files. */
export function multipart(parts: ({ name: string; value: string } | { name: string; filename: string; content: string; type?: string })[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ladder${Math.random().toString(16).slice(2)}`;
  const chunks: string[] = [];
  for (const p of parts) {
    chunks.push(`--${boundary}\r\n`);
    if ('filename' in p) {
      chunks.push(`Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type ?? 'text/csv'}\r\n\r\n${p.content}\r\n`);
    } else {
      chunks.push(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`);
    }
  }
  chunks.push(`--${boundary}--\r\n`);
  return { payload: Buffer.from(chunks.join('')), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
