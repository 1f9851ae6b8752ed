/** A file to upload in a plain multipart form (the console's rosters and draft policies): label, hint, input. */
export function FileField({ label, hint, accept }: { label: string; hint: string; accept: string }) {
  return (
    <div className="mb-6">
      <label htmlFor="field-file" className="mb-1 block text-lg font-semibold">
        {label}
      </label>
      <p id="field-file-hint" className="text-ink-soft mb-2">
        {hint}
      </p>
      <input id="field-file" name="file" type="file" accept={accept} required aria-describedby="field-file-hint" className="block min-h-12 text-lg" />
    </div>
  );
}
