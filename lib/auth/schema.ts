// Sign-up and sign-in input, shared by the forms and the server.
import { z } from "zod";
import { storableText } from "@/lib/forms";

export const MIN_PASSWORD_LENGTH = 10;

export const emailInput = z
  .string()
  .trim()
  .min(1, "Enter your email.")
  .max(254, "That email is too long.")
  .pipe(z.email("Enter a valid email, like name@example.com."))
  .transform((email) => email.toLowerCase());

export const signUpInput = z.object({
  name: storableText("Your name").trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: emailInput,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Keep your password under 200 characters."),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailInput,
  password: z.string().min(1, "Enter your password.").max(200),
});
