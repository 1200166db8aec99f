"use client";
// The import on /import: choose a file and upload it (rows read are shown as the server reads them), check the
// preview and the choices (thank-you window, column mapping, leaving invalid rows out), then confirm or cancel.
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { CircleAlert, FileUp } from "lucide-react";
import { cancelImportAction, confirmImportAction, previewImportAction } from "@/lib/imports/actions";
import { FIELD_LABELS, MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from "@/lib/imports/generic-csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, SOURCE_LABELS, type ImportOptions, type ImportPreview, type ImportSummary } from "@/lib/imports/schema";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { toast } from "@/components/ui/toast";

type State =
  | { step: "choose"; error?: string }
  | { step: "reading"; fileName: string; rows: number }
  | { step: "preview"; preview: ImportPreview; mappingProblem?: string; error?: string }
  | { step: "done"; summary: ImportSummary };

const count = (value: number) => value.toLocaleString("en");

type UploadLine = { type: "progress"; rows: number } | { type: "preview"; preview: ImportPreview; mappingProblem?: string } | { type: "refused"; message: string };

/** Sends the file as the request body and reads the server's NDJSON answer line by line. */
async function upload(file: File, onProgress: (rows: number) => void): Promise<UploadLine> {
  const response = await fetch("/import/upload", { method: "POST", body: file, headers: { "x-file-name": encodeURIComponent(file.name) } });
  if (!response.body) return { type: "refused", message: "Rapport did not answer. Try again." };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: UploadLine = { type: "refused", message: "The upload stopped before the file was read. Try again." };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as UploadLine;
      buffer = buffer.slice(newline + 1);
      if (line.type === "progress") onProgress(line.rows);
      else last = line;
    }
  }
  if (buffer.trim()) last = JSON.parse(buffer) as UploadLine;
  return last;
}

export function ImportFlow() {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "choose" });
  const [pending, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setState({ step: "choose", error: "Choose a file to import." });
    if (file.size > MAX_IMPORT_BYTES) return setState({ step: "choose", error: `${file.name} is larger than ${MAX_IMPORT_MB} MB, the most Rapport imports at once.` });
    setState({ step: "reading", fileName: file.name, rows: 0 });
    try {
      const result = await upload(file, (rows) => setState({ step: "reading", fileName: file.name, rows }));
      if (result.type === "preview") setState({ step: "preview", preview: result.preview, mappingProblem: result.mappingProblem });
      else setState({ step: "choose", error: result.type === "refused" ? result.message : "Try again." });
    } catch {
      setState({ step: "choose", error: "Could not reach Rapport. Check your connection and try again." });
    }
  }

  function repreview(preview: ImportPreview, options: ImportOptions) {
    startTransition(async () => {
      const outcome = await previewImportAction(preview.token, options);
      if (outcome.ok) setState({ step: "preview", preview: outcome.preview, mappingProblem: outcome.mappingProblem });
      else setState({ step: "preview", preview, error: outcome.message });
    });
  }

  function confirm(preview: ImportPreview, options: ImportOptions) {
    startTransition(async () => {
      const outcome = await confirmImportAction(preview.token, options);
      if (!outcome.ok) return setState({ step: "preview", preview, error: outcome.message });
      setState({ step: "done", summary: outcome.summary });
      toast({ title: "Import done", description: `${count(outcome.summary.counts.create)} contacts created.` });
      router.refresh();
    });
  }

  function cancel(preview: ImportPreview) {
    startTransition(async () => {
      await cancelImportAction(preview.token);
      setState({ step: "choose" });
    });
  }

  if (state.step === "reading") {
    return (
      <div role="status" className="flex items-center gap-3 rounded-xl border p-4 text-sm">
        <Spinner />
        <span>
          Reading {state.fileName}… {count(state.rows)} rows read
        </span>
      </div>
    );
  }

  if (state.step === "preview") {
    return (
      <PreviewPanel
        key={state.preview.token + JSON.stringify(state.preview.options)}
        preview={state.preview}
        mappingProblem={state.mappingProblem}
        error={state.error}
        pending={pending}
        onUpdate={(options) => repreview(state.preview, options)}
        onConfirm={(options) => confirm(state.preview, options)}
        onCancel={() => cancel(state.preview)}
      />
    );
  }

  return (
    <div className="grid gap-4">
      {state.step === "done" && <SummaryPanel summary={state.summary} />}
      <form onSubmit={submit} className="grid gap-3 rounded-xl border p-4">
        <Field label="File" error={state.step === "choose" ? state.error : undefined} description={`A .zip, .csv or .vcf file up to ${MAX_IMPORT_MB} MB.`}>
          <Input ref={fileInput} type="file" name="file" accept=".zip,.csv,.vcf,text/csv,text/vcard,application/zip" />
        </Field>
        <div>
          <Button type="submit">
            <FileUp aria-hidden="true" />
            Import
          </Button>
        </div>
      </form>
    </div>
  );
}

function SummaryPanel({ summary }: { summary: ImportSummary }) {
  const { counts } = summary;
  return (
    <div role="status" className="grid gap-1 rounded-xl border border-primary/40 bg-primary/5 p-4 text-sm">
      <h2 className="text-base font-semibold">Imported {summary.fileName}</h2>
      <p>
        {count(counts.create)} contacts created, {count(counts.update)} updated, {count(counts.skipped)} skipped
        {counts.invitations > 0 && `, ${count(counts.invitations)} invitations`}
        {counts.messages > 0 && `, ${count(counts.messages)} messages`}
        {counts.invalid > 0 && `, ${count(counts.invalid)} invalid rows left out`}.
      </p>
      {counts.needsThankYou > 0 && <p>{count(counts.needsThankYou)} recent connections need a thank-you.</p>}
      {counts.accepted > 0 && (
        <p>
          {count(counts.accepted)} {counts.accepted === 1 ? "person" : "people"} accepted your invitation and now need a thank-you.
        </p>
      )}
    </div>
  );
}

type PanelProps = {
  preview: ImportPreview;
  mappingProblem?: string;
  error?: string;
  pending: boolean;
  onUpdate: (options: ImportOptions) => void;
  onConfirm: (options: ImportOptions) => void;
  onCancel: () => void;
};

function PreviewPanel({ preview, mappingProblem, error, pending, onUpdate, onConfirm, onCancel }: PanelProps) {
  const [days, setDays] = useState(String(preview.options.thankWindowDays));
  const [skipInvalid, setSkipInvalid] = useState(preview.options.skipInvalid);
  const [mapping, setMapping] = useState<ColumnMapping>(preview.columns?.mapping ?? {});
  const { counts } = preview;
  const connections = counts.needsThankYou + counts.thanked;
  const daysValue = Number(days);
  const daysValid = days.trim() !== "" && Number.isInteger(daysValue) && daysValue >= 0 && daysValue <= 3650;
  const options: ImportOptions = { thankWindowDays: daysValid ? daysValue : preview.options.thankWindowDays, skipInvalid, mapping: preview.columns ? mapping : undefined };
  const changed = daysValid && (daysValue !== preview.options.thankWindowDays || JSON.stringify(mapping) !== JSON.stringify(preview.columns?.mapping ?? {}));
  const blocked = Boolean(mappingProblem) || (counts.invalid > 0 && !skipInvalid) || changed || !daysValid;

  return (
    <section aria-labelledby="preview-heading" className="grid gap-4 rounded-xl border p-4">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview of {preview.fileName}
        </h2>
        <p className="text-sm text-muted-foreground">
          {SOURCE_LABELS[preview.source]}
          {preview.parts.length > 0 && ` · ${preview.parts.join(", ")}`} · {count(counts.rowsRead)} rows read. Nothing is saved until you confirm.
        </p>
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Contacts to create" value={counts.create} />
        <Stat label="Existing contacts to update" value={counts.update} />
        <Stat label="Skipped" value={counts.skipped} />
        <Stat label="Invalid rows" value={counts.invalid} />
        {counts.invitations > 0 && <Stat label="Invitations" value={counts.invitations} />}
        {counts.messages > 0 && <Stat label="Messages" value={counts.messages} />}
        {counts.accepted > 0 && <Stat label="Accepted your invitation" value={counts.accepted} />}
      </dl>

      {preview.skippedReasons.length > 0 && (
        <ul className="grid gap-0.5 text-sm text-muted-foreground">
          {preview.skippedReasons.map((item) => (
            <li key={item.reason}>
              Skipped {count(item.count)}: {item.reason}
            </li>
          ))}
        </ul>
      )}

      {connections > 0 && (
        <div className="grid gap-2">
          <Field
            label="Connections from the last how many days need a thank-you?"
            description="Older connections are marked Thanked: the relationship exists and nothing is owed. 0 = none."
            error={daysValid ? undefined : "Enter a number of days from 0 to 3650."}
          >
            <Input type="number" inputMode="numeric" min={0} max={3650} value={days} onChange={(event) => setDays(event.target.value)} className="w-28" />
          </Field>
          <p className="text-sm">
            Of {count(connections)} new connections, {count(counts.needsThankYou)} will be in “Needs a thank-you” and {count(counts.thanked)} in “Thanked”.
          </p>
        </div>
      )}

      {preview.columns && <MappingStep columns={preview.columns} mapping={mapping} onChange={setMapping} problem={mappingProblem} />}

      {counts.invalid > 0 && (
        <div className="grid gap-2">
          <h3 className="flex items-center gap-2 text-sm font-semibold text-destructive">
            <CircleAlert aria-hidden="true" className="size-4" />
            {count(counts.invalid)} invalid {counts.invalid === 1 ? "row" : "rows"}
          </h3>
          <ul aria-label="Invalid rows" className="grid max-h-64 gap-1 overflow-y-auto text-sm">
            {preview.problems.map((problem, index) => (
              <li key={index}>
                <span className="font-medium">Row {problem.row}:</span> {problem.reason}
              </li>
            ))}
          </ul>
          {counts.invalid > preview.problems.length && <p className="text-sm text-muted-foreground">…and {count(counts.invalid - preview.problems.length)} more.</p>}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />
            Leave the invalid rows out and import the rest
          </label>
        </div>
      )}

      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}

      <div className="flex flex-wrap gap-2">
        {changed ? (
          <Button type="button" pending={pending} onClick={() => onUpdate(options)}>
            Update preview
          </Button>
        ) : (
          <Button type="button" pending={pending} disabled={blocked} onClick={() => onConfirm(options)}>
            Confirm import
          </Button>
        )}
        <Button type="button" variant="outline" disabled={pending} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg bg-muted/50 p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{count(value)}</dd>
    </div>
  );
}

function MappingStep({
  columns,
  mapping,
  onChange,
  problem,
}: {
  columns: NonNullable<ImportPreview["columns"]>;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  problem?: string;
}) {
  function choose(field: MappableField, value: string) {
    const next = { ...mapping };
    if (value === "") delete next[field];
    else next[field] = Number(value);
    onChange(next);
  }
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-semibold">Which column holds what?</legend>
      {problem && (
        <p role="alert" className="text-sm text-destructive">
          {problem}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {MAPPABLE_FIELDS.map((field) => (
          <Field key={field} label={FIELD_LABELS[field]}>
            <Select value={mapping[field] === undefined ? "" : String(mapping[field])} onChange={(event) => choose(field, event.target.value)}>
              <option value="">Not imported</option>
              {columns.headers.map((header, index) => (
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                  {columns.sample[0]?.[index] ? ` (e.g. ${columns.sample[0][index]!.slice(0, 30)})` : ""}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
