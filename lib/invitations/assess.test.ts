import { describe, expect, it } from "vitest";
import {
  assessInvitation,
  checklist,
  classifyReceived,
  FINDING_CODES,
  hasErrors,
  noteLength,
  scoreLabel,
  type FindingCode,
  type InvitationFacts,
} from "./assess";

// What Rapport knows about Colleen after meeting her at a conference.
const colleen: InvitationFacts = {
  firstName: "Colleen",
  lastName: "Baker",
  company: "Northwind Traders",
  events: ["AMA Leadership Summit"],
  places: ["Chicago"],
  topics: ["podcasts", "hiring product designers"],
  mutualNames: ["Priya Raman"],
  encounterKinds: ["EVENT"],
};

function codes(message: string, facts: InvitationFacts = colleen): FindingCode[] {
  return assessInvitation(message, facts).findings.map((finding) => finding.code);
}

describe("LinkedIn's default text and its variants", () => {
  it.each([
    "I'd like to add you to my professional network on LinkedIn.",
    "I’d like to add you to my professional network on LinkedIn.",
    "I'd like to join your LinkedIn network.",
    "I would like to invite you to join my network.",
    "I want to invite you to join my professional network on LinkedIn",
    "I'd like to add you to my professional network on LinkedIn.\n\n- Jamal Okafor",
    "I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN",
    "i'd  like   to add you to my professional network on linkedin!!!",
    "I'd like to add you to my proffesional network on LinkdIn.",
    "Please accept my invitation to connect on LinkedIn.",
    "I'd like to connect with you on LinkedIn.",
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "Bonjour, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",
  ])("flags %j as default text and scores it as Default", (message) => {
    const assessment = assessInvitation(message, colleen);
    expect(assessment.findings.map((finding) => finding.code)).toContain("DEFAULT_TEXT");
    expect(assessment.score).toBeLessThanOrEqual(15);
    expect(scoreLabel(assessment.score)).toBe("Default");
    expect(classifyReceived(message, "Colleen")).toBe("default");
  });

  it.each([
    "Hi Colleen, I'd like to add you to my professional network on LinkedIn.",
    "Hi Colleen, hope you're well! I'd like to add you to my professional network on LinkedIn. Kind regards, Jamal",
    "Hi Colleen, I'd like to add you to my professional network on LinkedIn.\nBest,\nJamal Okafor | Product Lead at Contoso",
    "Dear Ms. Baker, I would like to add you to my professional network.",
    "Colleen - I'd like to join your LinkedIn network.",
    "Hola Colleen, me gustaría añadirte a mi red profesional de LinkedIn.",
  ])("flags %j as default text even with a greeting and a signature around it", (message) => {
    const assessment = assessInvitation(message, colleen);
    expect(assessment.findings.map((finding) => finding.code)).toContain("DEFAULT_TEXT");
    expect(assessment.findings.map((finding) => finding.code)).not.toContain("NO_GREETING");
    expect(assessment.score).toBeLessThanOrEqual(15);
    expect(classifyReceived(message, "Colleen")).toBe("greeting_only");
  });

  it("scores a greeted default text a little above the bare one, both in the Default band", () => {
    const bare = assessInvitation("I'd like to add you to my professional network on LinkedIn.", colleen).score;
    const greeted = assessInvitation("Hi Colleen, I'd like to add you to my professional network on LinkedIn.", colleen).score;
    expect(greeted).toBeGreaterThan(bare);
    expect(scoreLabel(greeted)).toBe("Default");
  });

  it.each([
    "Hi Colleen, I'd like to add you to my network: your AMA Leadership Summit talk on podcasts was the best of the day, and I'd love to swap notes.",
    "Hi Dana, I'm building a network of podcast producers in Berlin and would love to add you. Could we swap notes on guest booking?",
    "Hi Sam, Priya Raman said you know network security better than anyone. Could I ask you two quick questions about it?",
    "Hi Colleen, I'd like to add you to my professional network on LinkedIn. We met at the AMA Summit and talked about podcasts.",
    "Hi Colleen, I'd like to add you to my professional network on LinkedIn. Great talk!",
  ])("does not flag %j, which says more than the default", (message) => {
    expect(codes(message)).not.toContain("DEFAULT_TEXT");
    expect(classifyReceived(message, "Colleen")).toBe("customized");
  });
});

describe("personal messages", () => {
  it.each([
    "Hi Colleen, great meeting you at the AMA Leadership Summit! Would love to swap notes on podcasts sometime.",
    "Colleen, Priya Raman suggested I reach out. Happy to share what we learned hiring product designers at Contoso.",
    "Hello Colleen — enjoyed our chat in Chicago about podcasts. Could I send you the episode list I mentioned?",
    "Great meeting you at the summit, Colleen! Would love to keep in touch.",
  ])("%j passes every check and scores as Personal", (message) => {
    const assessment = assessInvitation(message, colleen);
    expect(assessment.findings).toEqual([]);
    expect(assessment.score).toBeGreaterThanOrEqual(80);
    expect(scoreLabel(assessment.score)).toBe("Personal");
    expect(checklist(assessment).every((item) => item.state === "passed")).toBe(true);
  });

  it("works with no facts at all", () => {
    const assessment = assessInvitation("Hi Ana, loved your piece on remote onboarding. Happy to share our checklist.", {});
    expect(assessment.findings).toEqual([]);
    expect(scoreLabel(assessment.score)).toBe("Personal");
  });
});

describe("NO_GREETING", () => {
  it("is raised when the message does not address them by name, with the name to use", () => {
    const assessment = assessInvitation("Loved your summit talk on podcasts. Would love to swap notes.", colleen);
    expect(assessment.findings).toEqual([
      { code: "NO_GREETING", severity: "warning", message: "Start with their name: “Hi Colleen,”." },
    ]);
    expect(scoreLabel(assessment.score)).toBe("Personal");
  });

  it.each([
    ["Hi Colleen, loved the summit. Would love to swap notes.", colleen],
    ["colleen, loved the summit. Would love to swap notes.", colleen],
    ["Dear Ms. Baker, loved the summit. Would love to swap notes.", colleen],
    ["Hi Jose, loved the summit. Would love to swap notes.", { firstName: "José" }],
    ["Hey Ana! Loved the summit. Would love to swap notes.", {}],
  ] as const)("is not raised for %j", (message, facts) => {
    expect(codes(message, facts)).not.toContain("NO_GREETING");
  });

  it("is raised for a greeting to nobody in particular", () => {
    expect(codes("Hi there, loved the summit. Would love to swap notes.", {})).toContain("NO_GREETING");
  });
});

describe("NO_CONTEXT", () => {
  it("is raised when the message uses none of what Rapport knows, and names what it could use", () => {
    const assessment = assessInvitation("Hi Colleen, would love to stay in touch.", colleen);
    expect(assessment.findings).toEqual([
      {
        code: "NO_CONTEXT",
        severity: "warning",
        message: "Say where you met or what you talked about: AMA Leadership Summit, Chicago, podcasts.",
      },
    ]);
    expect(scoreLabel(assessment.score)).toBe("Needs context");
  });

  it.each([
    "Hi Colleen, the summit was a blast. Would love to stay in touch.",
    "Hi Colleen, I enjoyed how we talked about PODCASTING. Would love to stay in touch.",
    "Hi Colleen, Priya says hello. Would love to stay in touch.",
    "Hi Colleen, I have followed Northwind for years. Would love to stay in touch.",
    "Hi Colleen, are you still looking for a designer? Would love to stay in touch.",
    "Hi Colleen, how is the design side of the show going? Would love to stay in touch.",
  ])("counts %j as using the context", (message) => {
    expect(codes(message)).not.toContain("NO_CONTEXT");
  });

  it("folds accents on both sides", () => {
    expect(codes("Hi Léa, fun night at the Zurich meetup! Would love to stay in touch.", { firstName: "Léa", places: ["Zürich"] })).toEqual([]);
  });

  it("is not raised when Rapport knows nothing the message could use", () => {
    expect(codes("Hi Colleen, would love to stay in touch.", { firstName: "Colleen", events: ["", "  "] })).toEqual([]);
  });

  it("asks for the mutual connection when that is all there is", () => {
    const finding = assessInvitation("Hi Colleen, would love to stay in touch.", { firstName: "Colleen", mutualNames: ["Priya Raman"] }).findings[0];
    expect(finding?.message).toBe("Mention who you know in common: Priya Raman.");
  });
});

describe("NO_REASON", () => {
  it("is raised for context without an ask, an offer or a shared interest", () => {
    const assessment = assessInvitation("Hi Colleen, great meeting you at the AMA Leadership Summit!", colleen);
    expect(assessment.findings.map((finding) => finding.code)).toEqual(["NO_REASON"]);
    expect(scoreLabel(assessment.score)).toBe("Needs context");
  });

  it("does not count wanting to connect as a reason", () => {
    expect(codes("Hi Colleen, loved the summit and would be happy to connect with you on LinkedIn!")).toEqual(["NO_REASON"]);
  });

  it.each([
    "Hi Colleen, loved the summit. Happy to help with your podcast launch.",
    "Hi Colleen, loved the summit. Could you share the slides?",
    "Hi Colleen, loved the summit. Can I help with the speaker list?",
    "Hi Colleen, loved the summit. I'm interested in how you grew the show.",
    "Hi Colleen, loved the summit. I'd like to learn from your podcast experience.",
    "Hi Colleen, loved the summit. Let's stay in touch.",
    "Hi Colleen, loved the summit. Want to swap notes on podcasts?",
    "Hi Colleen, loved the summit. I could introduce you to our head of design.",
    "Hi Colleen, loved the summit. I'll follow your work on the podcast.",
  ])("is not raised for %j", (message) => {
    expect(codes(message)).not.toContain("NO_REASON");
  });
});

describe("PLACEHOLDER", () => {
  it("names the placeholders left unfilled and counts as an error", () => {
    const assessment = assessInvitation("Hi {firstName}, great meeting you at {eventName}! Would love to swap notes.", colleen);
    const finding = assessment.findings.find((item) => item.code === "PLACEHOLDER");
    expect(finding).toEqual({ code: "PLACEHOLDER", severity: "error", message: "Fill in or remove {firstName}, {eventName}." });
    expect(hasErrors(assessment)).toBe(true);
    expect(assessment.score).toBeLessThan(80);
  });

  it("also catches a pasted template's [First Name]", () => {
    expect(codes("Hi [First Name], great meeting you at the summit! Would love to swap notes.")).toContain("PLACEHOLDER");
  });

  it("leaves braces without a word alone", () => {
    expect(codes("Hi Colleen, loved the summit {} — would love to swap notes :-}")).not.toContain("PLACEHOLDER");
  });
});

describe("TOO_LONG", () => {
  const personal = "Hi Colleen, great meeting you at the AMA Leadership Summit! Would love to swap notes on podcasts. ";

  it("is raised over the default limit of 300 characters", () => {
    const message = personal.repeat(4).slice(0, 301);
    const assessment = assessInvitation(message, colleen);
    expect(assessment.findings).toEqual([{ code: "TOO_LONG", severity: "error", message: "Cut 1 character: LinkedIn allows 300." }]);
    expect(assessment.score).toBeLessThan(80);
  });

  it("is not raised at exactly 300 characters", () => {
    expect(codes(personal.repeat(4).slice(0, 300))).toEqual([]);
  });

  it("uses the user's note limit of 200", () => {
    const message = personal.repeat(3).slice(0, 250);
    expect(assessInvitation(message, { ...colleen, noteLimit: 200 }).findings).toEqual([
      { code: "TOO_LONG", severity: "error", message: "Cut 50 characters: LinkedIn allows 200." },
    ]);
  });

  it("counts an emoji as one character, as LinkedIn does", () => {
    const message = personal + "🎙".repeat(300 - noteLength(personal));
    expect(message.length).toBeGreaterThan(300);
    expect(noteLength(message)).toBe(300);
    expect(codes(message)).not.toContain("TOO_LONG");
  });
});

describe("CLAIM_MISMATCH", () => {
  const message = "Hi Colleen, great meeting you at the AMA Leadership Summit! Would love to swap notes on podcasts.";

  it("is raised for a claim of doing business with someone only met at an event", () => {
    const assessment = assessInvitation(message, { ...colleen, claim: "DID_BUSINESS" });
    expect(assessment.findings).toEqual([
      {
        code: "CLAIM_MISMATCH",
        severity: "error",
        message: "Nothing you logged shows you did business together: change “How you know them” or log how you met.",
      },
    ]);
    expect(scoreLabel(assessment.score)).toBe("Needs context");
  });

  it.each([
    [{ claim: "COLLEAGUE", encounterKinds: ["EVENT", "COLLEAGUE"] }, false],
    [{ claim: "CLASSMATE", encounterKinds: undefined }, true],
    [{ claim: "FRIEND", encounterKinds: [] }, false],
    [{ claim: "OTHER", encounterKinds: ["EVENT"] }, false],
  ] as const)("%j raises it: %s", (claim, raised) => {
    const found = codes(message, { ...colleen, ...claim, encounterKinds: claim.encounterKinds ? [...claim.encounterKinds] : undefined });
    expect(found.includes("CLAIM_MISMATCH")).toBe(raised);
  });
});

describe("EMPTY", () => {
  it.each(["", "   \n\t ", "\u200b"])("%j gives only EMPTY, scores 0 and leaves the checklist pending", (message) => {
    const assessment = assessInvitation(message, { ...colleen, claim: "DID_BUSINESS" });
    expect(assessment).toEqual({
      score: 0,
      findings: [{ code: "EMPTY", severity: "error", message: "Write a short note: hello, where you met and why you’d like to connect." }],
    });
    expect(scoreLabel(assessment.score)).toBe("Default");
    const items = checklist(assessment);
    expect(items.find((item) => item.code === "EMPTY")?.state).toBe("failed");
    expect(items.filter((item) => item.code !== "EMPTY").every((item) => item.state === "pending")).toBe(true);
  });
});

describe("messages in other languages", () => {
  it.each<[string, string, InvitationFacts]>([
    [
      "German",
      "Hallo Colleen, schön, dass wir uns auf dem AMA Leadership Summit kennengelernt haben. Ich würde mich freuen, mich weiter über Podcasts auszutauschen.",
      colleen,
    ],
    [
      "Spanish",
      "Hola Colleen, fue un gusto conocerte en el AMA Leadership Summit. Me encantaría seguir charlando sobre podcasts.",
      colleen,
    ],
    [
      "French",
      "Bonjour Colleen, ravi de vous avoir rencontrée au AMA Leadership Summit. J'aimerais beaucoup échanger sur les podcasts.",
      colleen,
    ],
    [
      "Japanese",
      "田中さん、東京デザインカンファレンスではありがとうございました。ポッドキャストについてぜひまたお話ししたいです。",
      { firstName: "健太", lastName: "田中", events: ["東京デザインカンファレンス"], topics: ["ポッドキャスト"] },
    ],
    [
      "Arabic",
      "مرحبا سارة، سعدت بلقائك في قمة القيادة. يسعدني تبادل الأفكار حول البودكاست.",
      { firstName: "سارة", events: ["قمة القيادة"], topics: ["البودكاست"] },
    ],
  ])("a personal %s message passes and is not taken for the default", (_language, message, facts) => {
    const assessment = assessInvitation(message, facts);
    expect(assessment.findings).toEqual([]);
    expect(scoreLabel(assessment.score)).toBe("Personal");
    expect(classifyReceived(message)).toBe("customized");
  });
});

describe("READS_LIKE_A_NOTE", () => {
  // What Rapport knows about Nadia: the private note is written about her, the topic is what to say to her.
  const nadia: InvitationFacts = {
    firstName: "Nadia",
    lastName: "Petrova",
    company: "Figma",
    events: ["Config"],
    topics: ["accessibility audits", "Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens"],
    notes: ["Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens"],
    mutualNames: ["Priya Raman"],
    encounterKinds: ["EVENT"],
  };
  const note = (message: string, facts: InvitationFacts = nadia) => assessInvitation(message, facts).findings.find((item) => item.code === "READS_LIKE_A_NOTE");

  it("flags the issue's message, a template filled with the whole note, which the coach used to score 100 Personal", () => {
    const message =
      "Hi Nadia, great meeting you at Config. I enjoyed our chat about Accessibility audits for design systems; she runs the a11y guild at Figma and offered to review our color tokens and would love to keep swapping notes.";
    const assessment = assessInvitation(message, { ...nadia, noteLimit: 300 });
    const finding = note(message);
    expect(finding?.severity).toBe("warning");
    expect(finding?.message).toBe("“Accessibility audits for design systems; she…” is copied from your private notes: say it to them, in your own words.");
    expect(assessment.score).toBeLessThan(80);
    expect(scoreLabel(assessment.score)).not.toBe("Personal");
    expect(hasErrors(assessment)).toBe(false);
  });

  it("keeps an otherwise perfect message out of “Personal” and says what to change", () => {
    const assessment = assessInvitation("Hi Nadia, great meeting you at Config. She runs the a11y guild; would love to swap notes on audits.", nadia);
    expect(assessment.findings).toEqual([
      { code: "READS_LIKE_A_NOTE", severity: "warning", message: "“She runs” speaks of Nadia as if to someone else: write to them (“you…”, “your…”)." },
    ]);
    expect(assessment.score).toBe(75);
    expect(scoreLabel(assessment.score)).toBe("Needs context");
    expect(checklist(assessment).find((item) => item.code === "READS_LIKE_A_NOTE")).toMatchObject({ state: "failed", label: "Written to them, not about them" });
  });

  it.each<[string, string, InvitationFacts?]>([
    ["she runs", "Hi Nadia, loved Config — she runs the a11y guild, would love to swap notes."],
    ["he said", "Hi Nadia, great meeting you at Config. As he said, audits matter; would love to swap notes.", { ...nadia, firstName: "Nadia" }],
    ["her team", "Hi Nadia, great meeting you at Config. Would love to hear how her team runs accessibility audits."],
    ["his", "Hi Omar, loved Config. Would love to hear about his audits of design systems.", { firstName: "Omar", events: ["Config"] }],
    ["she's", "Hi Nadia, great meeting you at Config! She’s the a11y lead, happy to help with audits."],
    ["her talk, when nobody else is named", "Hi Nadia, I enjoyed her talk at Config. Would love to swap notes on audits."],
    ["a note in the third person about a man", "Hi Tom, we built the field research app together; he wants intros to Berlin investors. Happy to help.", { firstName: "Tom", topics: ["field research"] }],
  ])("flags %s", (_case, message, facts = nadia) => {
    expect(note(message, facts)).toBeDefined();
  });

  it.each([
    ["“you” and “your team”", "Hi Nadia, great meeting you at Config. Would love to hear how your team runs accessibility audits."],
    ["a mutual connection named before “she”", "Hi Nadia, Priya Raman said she met you at Config. Would love to swap notes on audits."],
    ["a colleague named before “her”", "Hi Nadia, my colleague Ana saw your Config talk and her notes were great. Would love to swap notes on audits."],
    ["someone else’s talk, named first", "Hi Nadia, after Jane Doe’s keynote at Config, her point on audits stuck with me. Would love to swap notes."],
    ["a speaker named with “by”", "Hi Nadia, the Config keynote by Jane was great and her audit checklist even better. Happy to share ours."],
    ["the topic itself, copied as it is meant to be", "Hi Nadia, great meeting you at Config. I enjoyed our chat about accessibility audits and would love to keep swapping notes."],
    ["“they” for a company", "Hi Nadia, great meeting you at Config. I love what they do at Figma; would love to swap notes on audits."],
    ["“about” before a name", "Hi Nadia, great meeting you at Config. I loved what you said about Figma and audits; would love to swap notes."],
    ["a few words that also appear in the note", "Hi Nadia, great meeting you at Config. Would love to swap notes on design systems and color tokens."],
    ["“The” after a sentence break", "Hi Nadia, we talked about. The audits you run are great; would love to swap notes."],
    ["“I” after “about”", "Hi Nadia, loved Config. I was thinking about I think your audits; would love to swap notes."],
    ["shell, hell and he’ll are not all “he”", "Hi Nadia, loved the shell demo at Config, a hell of a talk. Would love to swap notes on audits."],
  ] as const)("does not flag %s", (_case, message) => {
    expect(note(message)).toBeUndefined();
  });

  it("flags a capital mid-sentence after “about”: a pasted note's first word or a pronoun", () => {
    const tom: InvitationFacts = { firstName: "Tom", notes: ["We built the field research app together at Acme"], topics: ["We built the field research app together at Acme"] };
    expect(note("Thanks for connecting, Tom! I really enjoyed our chat about We built the app. Let’s keep in touch.", tom)?.message).toBe(
      "“about We…” looks pasted from your notes: say it to them, in your own words.",
    );
    const colleen: InvitationFacts = { firstName: "Colleen", notes: ["Podcasts about discovery, suggested an episode"], topics: ["Podcasts about discovery"] };
    expect(note("Hi Colleen, I enjoyed our chat about Podcasts about discovery; happy to share mine.", colleen)).toBeUndefined(); // the topic, as written
    const sara: InvitationFacts = { firstName: "Sara", notes: ["Design tokens at scale, wants a review"], topics: [] };
    expect(note("Hi Sara, I enjoyed our chat about Design tokens at scale. Happy to help.", sara)?.message).toBe(
      "“about Design…” looks pasted from your notes: say it to them, in your own words.",
    );
  });

  it("flags a long run pasted from a private note but not a short phrase shared with it", () => {
    const facts: InvitationFacts = { firstName: "Ana", notes: ["Runs onboarding research for the mobile banking app and wants feedback from fintech designers"] };
    expect(note("Hi Ana, great meeting you. You mentioned onboarding research for the mobile banking app; happy to give feedback.", facts)?.message).toBe(
      "“onboarding research for the mobile banking app” is copied from your private notes: say it to them, in your own words.",
    );
    expect(note("Hi Ana, great meeting you. How is the onboarding research going? Happy to give feedback.", facts)).toBeUndefined();
  });

  it.each<[string, string, InvitationFacts, boolean]>([
    ["German: “sie leitet”", "Hallo Nadia, schön, dich auf der Config getroffen zu haben. sie leitet die a11y-Gilde; ich würde mich freuen, mich auszutauschen.", nadia, true],
    ["German: “ihr Team” in lower case", "Hallo Nadia, schön, dich auf der Config getroffen zu haben. Wie arbeitet ihre Gilde? Ich würde mich über einen Austausch freuen.", nadia, true],
    ["German: “er”", "Hallo Tom, schön dich kennenzulernen. Er baut die App für Feldforschung; ich würde mich freuen, zu helfen.", { firstName: "Tom" }, true],
    ["German: the polite “Sie” and “Ihre”", "Hallo Frau Petrova, schön, Sie auf der Config getroffen zu haben. Ihre Gilde beeindruckt mich; ich würde mich über einen Austausch freuen.", nadia, false],
    ["German: “über” before a noun", "Hallo Nadia, danke für das Gespräch über Barrierefreiheit auf der Config. Ich würde mich über einen Austausch freuen.", nadia, false],
    ["German: “sie” as “they”", "Hallo Nadia, bei Figma machen sie tolle Arbeit. Ich würde mich über einen Austausch freuen.", nadia, false],
    ["Spanish: “ella dirige”", "Hola Nadia, fue un gusto conocerte en Config. Ella dirige el gremio a11y; me encantaría charlar.", nadia, true],
    ["Spanish: “él”", "Hola Tom, fue un gusto conocerte. Él construyó la app; me encantaría ayudar.", { firstName: "Tom" }, true],
    ["Spanish: “el” the article", "Hola Nadia, fue un gusto conocerte en Config. Me encantaría charlar sobre el gremio a11y.", nadia, false],
    ["Spanish: “sobre Nosotros…”", "Hola Tom, me encantó la charla sobre Nosotros construimos la app. Me encantaría ayudar.", { firstName: "Tom" }, true],
    ["French: “elle dirige”", "Bonjour Nadia, ravi de vous avoir rencontrée à Config. Elle dirige la guilde a11y ; j'aimerais échanger.", nadia, true],
    ["French: “il faut”, impersonal", "Bonjour Nadia, ravi de vous avoir rencontrée à Config. Il faut qu'on parle des audits ; j'aimerais échanger.", nadia, false],
    ["French: “vous” throughout", "Bonjour Nadia, ravi de vous avoir rencontrée à Config. Votre guilde a11y m'inspire ; j'aimerais échanger.", nadia, false],
    ["Portuguese: “ela lidera”", "Olá Nadia, foi ótimo conhecer você na Config. Ela lidera a guilda a11y; adoraria trocar ideias.", nadia, true],
    ["Portuguese: “dele”", "Olá Tom, foi ótimo conhecer você. O app dele é ótimo; adoraria trocar ideias.", { firstName: "Tom" }, true],
    ["Portuguese: “você”", "Olá Nadia, foi ótimo conhecer você na Config. Sua guilda a11y é ótima; adoraria trocar ideias.", nadia, false],
    ["Japanese: “彼女は”", "ナディアさん、Configではありがとうございました。彼女はa11yギルドを運営しています。ぜひお話ししたいです。", nadia, true],
    ["Japanese: addressed by name", "ナディアさん、Configではありがとうございました。a11yギルドについてぜひお話ししたいです。", nadia, false],
    ["Japanese: a pasted note", "田中さん、デザインシステムのアクセシビリティ監査を担当していて色のトークンを見てくれるそうです。ぜひお話ししたいです。", { firstName: "健太", lastName: "田中", notes: ["デザインシステムのアクセシビリティ監査を担当していて色のトークンを見てくれるそうです"] }, true],
    ["Arabic: “هي”", "مرحبا نادية، سعدت بلقائك. هي تدير فريق الوصول؛ يسعدني تبادل الأفكار.", { firstName: "نادية" }, true],
    ["Arabic: addressed to her", "مرحبا نادية، سعدت بلقائك في المؤتمر. يسعدني تبادل الأفكار حول فريقك.", { firstName: "نادية" }, false],
  ])("%s: flagged %s", (_case, message, facts, flagged) => {
    expect(note(message, facts) !== undefined).toBe(flagged);
  });
});

describe("classifyReceived", () => {
  it.each([
    ["", "Colleen", "default"],
    ["I'd like to add you to my professional network on LinkedIn.", "Colleen", "default"],
    ["I’d like to join your LinkedIn network. – Jamal", undefined, "default"],
    ["Hi there! I'd like to join your LinkedIn network.", "Colleen", "default"],
    ["Hi, I'd like to join your LinkedIn network.", undefined, "default"],
    ["Hi Colleen, I'd like to add you to my professional network on LinkedIn.", "Colleen", "greeting_only"],
    ["Hi Colleen, I'd like to add you to my professional network on LinkedIn.", undefined, "greeting_only"],
    ["I'd like to add you to my professional network on LinkedIn, Colleen.", "Colleen", "greeting_only"],
    ["Hi Colleen, met you at the AMA summit — would love to hear how the podcast is going.", "Colleen", "customized"],
    ["Hi Colleen, happy to connect with you on LinkedIn!", "Colleen", "customized"],
  ] as const)("%j (to %s) is %s", (message, name, expected) => {
    expect(classifyReceived(message, name)).toBe(expected);
  });
});

describe("scores and the checklist", () => {
  it("shows every code once, in display order, with a label", () => {
    expect(new Set(FINDING_CODES).size).toBe(9);
    const items = checklist(assessInvitation("I'd like to join your LinkedIn network.", colleen));
    expect(items.map((item) => item.code)).toEqual(FINDING_CODES);
    expect(items.filter((item) => item.state === "failed").map((item) => item.code)).toEqual([
      "DEFAULT_TEXT",
      "NO_GREETING",
      "NO_CONTEXT",
      "NO_REASON",
    ]);
    expect(items.every((item) => item.label.length > 0)).toBe(true);
  });

  it.each([
    [0, "Default"],
    [15, "Default"],
    [45, "Needs context"],
    [79, "Needs context"],
    [80, "Personal"],
    [100, "Personal"],
  ] as const)("labels %i as %s", (score, label) => {
    expect(scoreLabel(score)).toBe(label);
  });

  it("does not count warnings as errors", () => {
    expect(hasErrors(assessInvitation("Hi Colleen, great meeting you at the AMA Leadership Summit!", colleen))).toBe(false);
  });
});

describe("robustness", () => {
  it.each([
    "\ud800",
    "\udc00abc\ud83d",
    "👋🏽🚀✨",
    "\u200fשלום דנה, נהניתי מההרצאה\u200f",
    "你好，很高兴在峰会上认识你",
    "\u0301\u0301 \u0000 ((((((a*)*)*)*)*)b {{{{}}}} [[[[",
    "Hi Colleen, " + "podcasts ".repeat(20_000),
    "I'd like to add you to my professional network on LinkedIn. ".repeat(500),
  ])("assesses %j without throwing", (message) => {
    const assessment = assessInvitation(message, colleen);
    expect(assessment.score).toBeGreaterThanOrEqual(0);
    expect(assessment.score).toBeLessThanOrEqual(100);
    for (const finding of assessment.findings) expect(FINDING_CODES).toContain(finding.code);
    expect(["default", "greeting_only", "customized"]).toContain(classifyReceived(message, "Colleen"));
  });

  it("reports a very long message as too long", () => {
    expect(codes("Hi Colleen, " + "podcasts ".repeat(20_000))).toContain("TOO_LONG");
  });
});
