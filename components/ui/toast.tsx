"use client";
// Toast notifications: call toast({...}) from any client component; mount <Toaster /> once in the root layout.
import { useSyncExternalStore } from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "./cn";
import { buttonVariants } from "./button";

export interface ToastOptions {
  title: string;
  description?: string;
  /** e.g. `{ label: "Undo", onClick: restore }`; the toast closes after the click. */
  action?: { label: string; onClick: () => void };
  variant?: "default" | "destructive";
  /** Milliseconds before auto-dismiss (default 5000). Paused while hovered or focused. */
  duration?: number;
}

interface ToastItem extends ToastOptions {
  id: string;
  open: boolean;
}

const MAX_VISIBLE = 3;
const REMOVE_AFTER_CLOSE_MS = 500;
const EMPTY: ToastItem[] = [];

let items: ToastItem[] = EMPTY;
let counter = 0;
const listeners = new Set<() => void>();

function setItems(next: ToastItem[]) {
  items = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Closes a toast (with its exit animation) and forgets it shortly after. */
export function dismissToast(id: string) {
  setItems(items.map((item) => (item.id === id ? { ...item, open: false } : item)));
  setTimeout(() => setItems(items.filter((item) => item.id !== id)), REMOVE_AFTER_CLOSE_MS);
}

/** Shows a toast and returns its id (pass it to dismissToast to close it early). */
export function toast(options: ToastOptions): string {
  counter += 1;
  const id = `toast-${counter}`;
  const open = items.filter((item) => item.open);
  for (const stale of open.slice(0, Math.max(0, open.length - (MAX_VISIBLE - 1)))) dismissToast(stale.id);
  setItems([...items, { ...options, id, open: true }]);
  return id;
}

export function Toaster() {
  const toasts = useSyncExternalStore(subscribe, () => items, () => EMPTY);

  return (
    <ToastPrimitive.Provider duration={5000} swipeDirection="right">
      {toasts.map(({ id, open, title, description, action, variant = "default", duration }) => (
        <ToastPrimitive.Root
          key={id}
          open={open}
          duration={duration}
          onOpenChange={(next) => {
            if (!next) dismissToast(id);
          }}
          className={cn(
            "pointer-events-auto relative flex w-full items-start gap-3 rounded-lg border bg-card p-4 pr-12 text-card-foreground shadow-lg",
            "data-[state=closed]:animate-fade-out data-[state=open]:animate-slide-up",
            "data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x) data-[swipe=cancel]:translate-x-0 data-[swipe=cancel]:transition-transform data-[swipe=end]:animate-fade-out",
            variant === "destructive" && "border-destructive/40",
          )}
        >
          <div className="grid min-w-0 flex-1 gap-1">
            <ToastPrimitive.Title className={cn("text-sm font-semibold", variant === "destructive" && "text-destructive")}>{title}</ToastPrimitive.Title>
            {description && <ToastPrimitive.Description className="text-sm text-muted-foreground">{description}</ToastPrimitive.Description>}
          </div>
          {action && (
            <ToastPrimitive.Action altText={action.label} onClick={action.onClick} className={buttonVariants({ variant: "outline", size: "sm" })}>
              {action.label}
            </ToastPrimitive.Action>
          )}
          <ToastPrimitive.Close className="absolute top-1.5 right-1.5 inline-flex size-9 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-muted hover:text-foreground pointer-coarse:size-11">
            <X aria-hidden="true" className="size-4" />
            <span className="sr-only">Dismiss notification</span>
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport className="pointer-events-none fixed right-0 bottom-0 z-100 flex max-h-dvh w-full flex-col gap-2 p-4 sm:max-w-sm" />
    </ToastPrimitive.Provider>
  );
}
