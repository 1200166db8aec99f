"use client";
// Settings → "Sign out everywhere": ends every session of this account, this browser's too (for a lost phone or a
// shared computer). Asked once more first, since every device then needs the password again.
import { useState } from "react";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { signedOutUrl } from "@/lib/account/schema";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function SignOutEverywhere() {
  const [confirming, setConfirming] = useState(false);
  return (
    <ConfirmDialog
      open={confirming}
      onOpenChange={setConfirming}
      trigger={
        <Button type="button" variant="outline" className="w-full sm:w-auto">
          Sign out everywhere
        </Button>
      }
      title="Sign out everywhere?"
      description="Every browser and device signed in to Rapport is signed out at once, this one included. Each needs your password to sign in again."
      cancelLabel="Stay signed in"
      confirmLabel="Sign out everywhere"
      onConfirm={async () => {
        await signOutEverywhereAction();
        // A full load: nothing of the signed-in app stays in this tab.
        window.location.assign(signedOutUrl("signed-out-everywhere"));
      }}
    />
  );
}
