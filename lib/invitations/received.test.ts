import { describe, expect, it } from "vitest";
import { assessInvitation, classifyReceived, type InvitationFacts, type ReceivedKind } from "./assess";

// Invitations as LinkedIn shows or emails them to Colleen: its default text inside its own wrappers, in the
// languages it writes the default in, and personal notes in the same languages.

const colleen: InvitationFacts = { firstName: "Colleen", lastName: "Baker", events: ["VivaTech"] };

function defaultText(message: string): boolean {
  return assessInvitation(message, colleen).findings.some((finding) => finding.code === "DEFAULT_TEXT");
}

type Case = [string, ReceivedKind];

// LinkedIn's own sentences around the note (English).
const WRAPPERS: Case[] = [
  ["Marco Rossi has indicated you are a person they've done business with at Acme Corp.\n\nI'd like to add you to my professional network on LinkedIn.", "default"],
  ["Marco Rossi has indicated you are a Friend\n\nI'd like to add you to my professional network on LinkedIn.\n\n- Marco", "default"],
  ["I'd like to add you to my professional network on LinkedIn.\n- Marco Rossi\n\nMarco Rossi has indicated you are a Colleague at Northwind Traders", "default"],
  ["Marco Rossi has indicated that you are a classmate at Politecnico di Milano. I'd like to join your LinkedIn network.", "default"],
  ["Marco Rossi would like to connect", "default"],
  ["Marco Rossi wants to connect with you on LinkedIn.\nAccept\nIgnore", "default"],
  ["Marco Rossi would like to join your LinkedIn network.\n\nView profile", "default"],
  ["Invitation from Marco Rossi\nI'd like to add you to my professional network on LinkedIn.\nAccept invitation from Marco Rossi\nView invitation from Marco Rossi", "default"],
  ["I'd like to add you to my professional network on LinkedIn.\n\nBest,\nMarco Rossi\nSenior PM at Acme", "default"],
  ["I'd like to add you to my professional network on LinkedIn.\nMarco Rossi\nProduct manager at Acme", "default"],
  ["I'd like to add you to my professional network on LinkedIn.\n\nSent from LinkedIn for iPhone", "default"],
  ["I'd like to join your LinkedIn network. Sent from LinkedIn for Android", "default"],
  [
    "Marco Rossi\n12 mutual connections\nI'd like to add you to my professional network on LinkedIn.\nAccept | Ignore\n\nYou received an invitation to connect. LinkedIn will use your email address to make suggestions to our members.\nUnsubscribe: https://www.linkedin.com/e/unsub\nThis email was intended for Colleen Baker (Product Lead at Northwind).\n© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
    "default",
  ],
  ["Marco Rossi would like to connect. Thanks!", "default"],
  ["Accept\nView profile", "default"],
  ["Marco Rossi\nSenior PM at Acme\nMilan, Italy\n\nI'd like to add you to my professional network on LinkedIn.", "default"],
  ["From Marco Rossi\nHead of Product at Acme\n\nI'd like to join your LinkedIn network.\n\n- Marco", "default"],
  ["I'd like to add you to my professional network on LinkedIn.\n\n- Marco Rossi\nHead of Product, Acme | Milan", "default"],
  ["Marco Rossi would like to connect\n\nHi Colleen,\nI'd like to add you to my professional network on LinkedIn.\n- Marco", "greeting_only"],
  ["Marco Rossi has indicated you are a Friend\n\nColleen,\n\nI'd like to add you to my professional network on LinkedIn.\n\n- Marco", "greeting_only"],
  ["Hi Colleen, I'd like to join your LinkedIn network.\nSent from LinkedIn for iPhone", "greeting_only"],
  ["Marco Rossi would like to connect\n\nHi Colleen, we met at VivaTech on the AI panel. Could I ask you about your podcast?", "customized"],
  ["Marco Rossi has indicated you are a Friend\n\nColleen, great chatting at the Chicago summit! Would love to hear how the launch goes.\nAccept", "customized"],
  ["Marco Rossi would like to connect because we both spoke at VivaTech", "customized"],
  ["Marco has indicated you are a colleague at Acme where we built the payments app together", "customized"],
  ["Marco Rossi has indicated you are a Friend\nRemember the hackathon in 2019?", "customized"],
  ["Accept\nI loved your talk at VivaTech", "customized"],
  ["I'd like to add you to my professional network on LinkedIn.\nMarco Rossi\nwe met at VivaTech", "customized"],
  ["I'd like to add you to my professional network on LinkedIn. Why did you leave Acme?\n\nSent from LinkedIn for iPhone", "customized"],
];

// The default in each language, bare and greeted, in the forms LinkedIn has used.
const LOCALIZED: Case[] = [
  ["Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", "default"],
  ["J'aimerais t'ajouter à mon réseau professionnel sur LinkedIn.", "default"],
  ["J'aimerais rejoindre votre réseau LinkedIn.", "default"],
  ["Salut Colleen, j'aimerais t'ajouter à mon réseau professionnel sur LinkedIn. À bientôt !", "greeting_only"],
  ["Je souhaiterais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.", "default"],
  ["je souhaiterais vous ajouter a mon reseau professionnel sur linkedin", "default"],
  ["Bonjour Colleen, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", "greeting_only"],
  ["Colleen, j’aimerais t’ajouter à mon réseau professionnel sur LinkedIn. Cordialement, Marco", "greeting_only"],
  ["Me gustaría añadirte a mi red profesional en LinkedIn.", "default"],
  ["Me gustaría agregarte a mi red profesional de LinkedIn.", "default"],
  ["Me gustaría añadirle a mi red profesional en LinkedIn.", "default"],
  ["Quisiera agregarlo a mi red profesional de LinkedIn.", "default"],
  ["Me gustaría invitarte a unirte a mi red profesional en LinkedIn.", "default"],
  ["ME GUSTARÍA AÑADIRTE A MI RED PROFESIONAL EN LINKEDIN!!", "default"],
  ["Je souhaiterais\u00a0vous ajouter à mon réseau professionnel sur LinkedIn\u202f!", "default"],
  ["Bonjour Colleen\u202f! Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", "greeting_only"],
  ["\tIk wil je graag toevoegen\r\naan mijn professionele netwerk op LinkedIn.\r\n", "default"],
  ["Hola Colleen, me gustaría agregarte a mi red profesional en LinkedIn. Saludos, Marco", "greeting_only"],
  ["Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "default"],
  ["Ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "default"],
  ["Ich möchte dich gerne meinem Netzwerk hinzufügen 🙂", "default"],
  ["Ich möchte Sie gerne in mein berufliches Netzwerk bei LinkedIn einladen.", "default"],
  ["Ich möchte mich gerne Ihrem Netzwerk auf LinkedIn anschließen.", "default"],
  ["Hallo Colleen, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Viele Grüße, Marco", "greeting_only"],
  ["Liebe Colleen,\nich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "greeting_only"],
  ["Gostaria de adicioná-lo(a) à minha rede profissional no LinkedIn.", "default"],
  ["Gostaria de adicionar você à minha rede profissional do LinkedIn.", "default"],
  ["Gostaria de adicioná-la à minha rede profissional no LinkedIn.", "default"],
  ["Gostaria de o adicionar à minha rede profissional no LinkedIn.", "default"],
  ["Gostaria de convidá-lo para participar da minha rede profissional no LinkedIn.", "default"],
  ["Olá Colleen, gostaria de adicionar você à minha rede profissional no LinkedIn. Abraços", "greeting_only"],
  ["Vorrei aggiungerti alla mia rete professionale su LinkedIn.", "default"],
  ["Vorrei aggiungerLa alla mia rete professionale su LinkedIn.", "default"],
  ["Vorrei invitarti a far parte della mia rete professionale su LinkedIn.", "default"],
  ["  vorrei   aggiungerti alla mia rete professionale su linkedin ", "default"],
  ["Colleen, vorrei aggiungerti alla mia rete professionale su LinkedIn.", "greeting_only"],
  ["Ciao Colleen! Vorrei aggiungerti alla mia rete professionale su LinkedIn. Grazie, Marco", "greeting_only"],
  ["Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.", "default"],
  ["Ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn.", "default"],
  ["Ik wil u graag uitnodigen voor mijn professionele netwerk op LinkedIn.", "default"],
  ["Hoi Colleen, ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn. Groeten, Marco", "greeting_only"],
  ["Sehr geehrte Frau Baker, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Mit freundlichen Grüßen", "greeting_only"],
  ["Estimada Colleen: me gustaría agregarla a mi red profesional en LinkedIn. Atentamente, Marco Rossi", "greeting_only"],
  ["Prezada Colleen, gostaria de adicioná-la à minha rede profissional no LinkedIn. Atenciosamente, Marco", "greeting_only"],
  ["Chère Colleen, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn. Bien à vous, Marco", "greeting_only"],
  ["Buongiorno Colleen, vorrei aggiungerLa alla mia rete professionale su LinkedIn. Cordiali saluti", "greeting_only"],
  ["Dag Colleen, ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.", "greeting_only"],
  ["Bonjour, j'aimerais faire partie de votre réseau. Bonne journée !", "default"],
  ["Beste Colleen, ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn. Met vriendelijke groet, Marco", "greeting_only"],
];

// LinkedIn's wrappers in the six languages.
const LOCALIZED_WRAPPERS: Case[] = [
  ["Marco Rossi souhaite se connecter avec vous\n\nJe souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.\nAccepter\nVoir le profil", "default"],
  ["Marco Rossi quiere conectar contigo\nMe gustaría añadirte a mi red profesional en LinkedIn.\nAceptar\nEnviado desde LinkedIn para iPhone", "default"],
  ["Marco Rossi möchte sich mit Ihnen vernetzen\n\nIch möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nAnnehmen\nProfil anzeigen", "default"],
  ["Marco Rossi hat angegeben, dass Sie ein Kollege bei Acme sind.\nHallo Colleen, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "greeting_only"],
  ["Marco Rossi quer se conectar com você\nGostaria de adicionar você à minha rede profissional no LinkedIn.\nAceitar\nVer perfil", "default"],
  ["Marco Rossi vorrebbe collegarsi con te\nVorrei aggiungerti alla mia rete professionale su LinkedIn.\nAccetta\nVisualizza profilo", "default"],
  ["Marco Rossi wil met je connecten\nIk wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.\nAccepteren\nProfiel bekijken", "default"],
  ["Marco Rossi ha indicado que eres un amigo.\nMe gustaría añadirte a mi red profesional en LinkedIn.", "default"],
  ["Marco Rossi ha indicato che sei un collega presso Acme.\nVorrei aggiungerti alla mia rete professionale su LinkedIn.", "default"],
  ["Marco Rossi heeft aangegeven dat je een vriend bent.\nIk wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.", "default"],
  ["Marco Rossi indicou que você é um amigo.\nGostaria de adicionar você à minha rede profissional do LinkedIn.", "default"],
  ["Vous avez reçu une invitation à vous connecter. LinkedIn utilisera votre adresse e-mail.\nJe souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", "default"],
  ["Marco Rossi wants to connect\r\nAccept\r\nIgnore\r\n", "default"],
  ["Marco Rossi möchte sich mit Ihnen vernetzen\r\nGesendet von LinkedIn für iPhone", "default"],
  ["Vorrei aggiungerti alla mia rete professionale su LinkedIn.\nInviato da LinkedIn per Android", "default"],
  ["Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.\nVerzonden vanaf LinkedIn voor iPhone", "default"],
  ["Gostaria de adicionar você à minha rede profissional do LinkedIn.\nEnviado do LinkedIn para iPhone\nCancelar inscrição", "default"],
  ["Hai ricevuto un invito a collegarti.\nVorrei aggiungerti alla mia rete professionale su LinkedIn.\nAnnulla iscrizione", "default"],
  ["Sie haben eine Einladung erhalten.\nIch möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nAbmelden", "default"],
  ["Je hebt een uitnodiging ontvangen.\nIk wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.\nAfmelden", "default"],
  ["Has recibido una invitación para conectar.\nMe gustaría añadirte a mi red profesional en LinkedIn.\nDarse de baja", "default"],
  ["Marco Rossi ha indicato che sei un amico\nCiao Colleen, vorrei aggiungerti alla mia rete professionale su LinkedIn.", "greeting_only"],
  ["Marco Rossi a indiqué que vous étiez un ami.\nBonjour Colleen, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", "greeting_only"],
];

// Close to the default: the same words with "please", a shorter or older wording, typos.
const NEAR_DEFAULTS: Case[] = [
  ["I'd like to add you to my network, please.", "default"],
  ["Please add me to your LinkedIn network.", "default"],
  ["Please accept my invitation to connect 🙏", "default"],
  ["Hi, I would like to connect with you.", "default"],
  ["Hello Colleen!! I'd like to add you to my LinkedIn network :)", "greeting_only"],
  ["👋 Hi Colleen! I'd like to add you to my professional network on LinkedIn 🚀", "greeting_only"],
  ["Colleen, please add me to your LinkedIn network", "greeting_only"],
  ["Hi Colleen,\r\nI'd like to add you to my professional network on LinkedIn.\r\n- Marco", "greeting_only"],
  ["Join my network on LinkedIn", "default"],
  ["Ich würde mich gerne mit dir vernetzen", "default"],
  ["Je souhaiterais me connecter avec vous", "default"],
  ["Vorrei collegarmi con te", "default"],
  ["Gostaria de me conectar com você", "default"],
  ["Ik zou graag met je connecten", "default"],
];

// Personal notes, some reusing half a default sentence: never the default.
const PERSONAL: Case[] = [
  ["Je souhaiterais vous ajouter à mon réseau après notre échange au salon VivaTech sur l'IA.", "customized"],
  ["Bonjour Colleen, ravi de notre échange à VivaTech ! Pourriez-vous m'envoyer les slides de votre talk ?", "customized"],
  ["J'aimerais t'ajouter à mon réseau : ton podcast sur le design m'a beaucoup appris.", "customized"],
  ["Me gustaría añadirte a mi red porque nos conocimos en el congreso de Madrid y me encantó tu charla.", "customized"],
  ["Hola Colleen, ¿podríamos tomar un café para hablar de tu proyecto de podcasts?", "customized"],
  ["Ich möchte dich gerne zu meinem Netzwerk hinzufügen, weil mir dein Vortrag auf der re:publica gefallen hat.", "customized"],
  ["Hallo Colleen, danke für das Gespräch in Berlin! Hast du Lust auf einen Kaffee nächste Woche?", "customized"],
  ["Gostaria de adicionar você à minha rede porque trabalhamos juntos no projeto da Natura.", "customized"],
  ["Olá Colleen, adorei sua palestra no Web Summit em Lisboa. Podemos trocar ideias sobre podcasts?", "customized"],
  ["Vorrei aggiungerti alla mia rete dopo la tua presentazione al Salone del Mobile.", "customized"],
  ["Ciao Colleen, è stato un piacere conoscerti a Milano. Ti va di sentirci per un caffè?", "customized"],
  ["Ik wil je graag toevoegen aan mijn netwerk na ons gesprek op de Dutch Design Week.", "customized"],
  ["Hoi Colleen, leuk je gesproken te hebben in Amsterdam! Zullen we binnenkort koffie drinken?", "customized"],
  ["Hi Colleen, I'd like to add you to my network — your VivaTech talk on podcasts was the best of the day.", "customized"],
  ["Merci pour la conférence, Colleen !", "customized"],
  ["Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn, suite à votre intervention à Lyon.", "customized"],
  ["Bonjour, je suis recruteur chez Acme et je souhaiterais vous ajouter à mon réseau.", "customized"],
  ["Me gustaría añadirte a mi red profesional. ¿Sigues buscando diseñadores?", "customized"],
  ["Hola! Me gustaría conectar contigo en LinkedIn para seguir tu trabajo en fintech", "customized"],
  ["Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen – wir haben beide an der TU München studiert.", "customized"],
  ["Ich würde mich gerne mit dir vernetzen, um mehr über Podcasts zu lernen", "customized"],
  ["Gostaria de adicioná-lo à minha rede profissional: também trabalho com energia solar.", "customized"],
  ["Oi Colleen! Gostaria de me conectar com você para trocar ideias sobre UX.", "customized"],
  ["Ciao, vorrei collegarmi con te perché lavoriamo entrambi nel settore moda.", "customized"],
  ["Hoi! Ik zou graag met je connecten, ik werk ook aan duurzame energie.", "customized"],
  ["Grazie per la chiacchierata a Milano!", "customized"],
  ["Danke für den tollen Vortrag!", "customized"],
  ["Bedankt voor de presentatie in Utrecht", "customized"],
];

describe("classifyReceived on invitations as LinkedIn shows or emails them", () => {
  it.each(WRAPPERS)("wrapped: %j is %s", (message, kind) => {
    expect(classifyReceived(message, "Colleen")).toBe(kind);
  });

  it.each(LOCALIZED)("localized: %j is %s", (message, kind) => {
    expect(classifyReceived(message, "Colleen")).toBe(kind);
  });

  it.each(LOCALIZED_WRAPPERS)("localized wrapper: %j is %s", (message, kind) => {
    expect(classifyReceived(message, "Colleen")).toBe(kind);
  });

  it.each(NEAR_DEFAULTS)("near the default: %j is %s", (message, kind) => {
    expect(classifyReceived(message, "Colleen")).toBe(kind);
  });

  it.each(PERSONAL)("personal: %j is %s", (message, kind) => {
    expect(classifyReceived(message, "Colleen")).toBe(kind);
    expect(classifyReceived(message)).toBe(kind);
  });
});

describe("greetings when the recipient's name is not known", () => {
  it.each([
    ["Hola Colleen, me gustaría añadirte a mi red profesional en LinkedIn.", "greeting_only"],
    ["Hallo Colleen, ich möchte dich gerne meinem Netzwerk hinzufügen.", "greeting_only"],
    ["Marco Rossi would like to connect\nHi Colleen!", "greeting_only"],
    ["Marco Rossi\nSenior PM at Acme\nI'd like to add you to my professional network on LinkedIn.", "default"],
  ] as const)("%j is %s", (message, kind) => {
    expect(classifyReceived(message)).toBe(kind);
  });
});

describe("hostile input around the wrappers", () => {
  it.each([
    "Marco Rossi has indicated you " + "a ".repeat(2900),
    "Accept | ".repeat(600),
    "Ab Cd Ef ".repeat(600) + "would like to connect",
    " ".repeat(5990) + "x",
    "Anna van ".repeat(600) + "der Berg wants to connect",
  ])("classifies long message %# of wrapper fragments", (message) => {
    expect(["default", "greeting_only", "customized"]).toContain(classifyReceived(message, "Colleen"));
  });
});

describe("the coach's DEFAULT_TEXT on the same texts", () => {
  const sample = (cases: Case[]) => cases.filter((_, index) => index % 2 === 0);

  it.each([...sample(WRAPPERS), ...sample(LOCALIZED), ...LOCALIZED_WRAPPERS, ...NEAR_DEFAULTS])("%j: raised when it is not customized (%s)", (message, kind) => {
    expect(defaultText(message)).toBe(kind !== "customized");
  });

  it.each(PERSONAL)("%j: not raised", (message) => {
    expect(defaultText(message)).toBe(false);
  });
});
