"use server";
// Account creation, limited per address (lib/auth/throttle.ts). Signing in itself goes through next-auth's credentials
// provider.
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { signUpInput } from "@/lib/auth/schema";
import { formValues } from "@/lib/auth/form-action";
import { clientAddress } from "@/lib/auth/client-address";
import { tooManySignUpsMessage } from "@/lib/auth/limits";
import { startSignUp } from "@/lib/auth/throttle";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FormState } from "@/lib/forms";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  delete values.password; // never echo a password back to the page
  const parsed = signUpInput.safeParse(formValues(formData));
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  // Counted once the form is valid, whether or not the email is taken: "already exists" answers which emails have
  // accounts, so asking is limited too.
  const gate = await startSignUp(clientAddress(await headers()));
  if (gate.limited) return { ok: false, message: tooManySignUpsMessage(gate.retryMinutes), values };
  const taken = { ok: false, fieldErrors: { email: ["An account with this email already exists. Sign in instead."] }, values };
  const existing = await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (existing) return taken;
  try {
    await db.user.create({
      data: { name: parsed.data.name, email: parsed.data.email, passwordHash: await hashPassword(parsed.data.password) },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return taken;
    throw error;
  }
  return { ok: true, values };
}
