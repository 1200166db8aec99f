// Labelled form field: wires a visible label, optional description and error message to its single child control.
import { cloneElement, useId, type ReactElement, type ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "./cn";
import { Label } from "./label";

/** Props Field injects into its child; Input, Textarea, Select and native controls all accept them. */
export interface FieldControlProps {
  id?: string;
  required?: boolean;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
  "aria-describedby"?: string;
}

interface FieldProps {
  label: ReactNode;
  /** Exactly one control element, e.g. `<Input name="email" />`. Its own `id` is kept if it has one. */
  children: ReactElement<FieldControlProps>;
  /** Validation message; marks the control aria-invalid and links it with aria-describedby. */
  error?: string;
  /** Hint shown under the label, linked with aria-describedby. */
  description?: ReactNode;
  className?: string;
}

export function Field({ label, children, error, description, className }: FieldProps) {
  const generatedId = useId();
  const id = children.props.id ?? generatedId;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [children.props["aria-describedby"], descriptionId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {children.props.required && (
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </Label>
      {description && (
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </p>
      )}
      {cloneElement(children, {
        id,
        "aria-invalid": error ? true : children.props["aria-invalid"],
        "aria-describedby": describedBy,
      })}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm text-destructive">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
