/** A multipart/form-data body for app.inject: fields in order, then files (text, or bytes as saved). */
export function multipart(parts: ({ name: string; value: string } | { name: string; filename: string; content: string | Buffer; type?: string })[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ladder${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  const text = (s: string) => chunks.push(Buffer.from(s));
  for (const p of parts) {
    text(`--${boundary}\r\n`);
    if ('filename' in p) {
      text(`Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type ?? 'text/csv'}\r\n\r\n`);
      chunks.push(typeof p.content === 'string' ? Buffer.from(p.content) : p.content);
      text('\r\n');
    } else {
      text(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`);
    }
  }
  text(`--${boundary}--\r\n`);
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
