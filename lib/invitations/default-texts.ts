// LinkedIn's default invitation texts and the wrappers LinkedIn puts around an invitation, in the languages it writes
// them in. Pure data and one pure function: the coach runs in the browser too, so keep it small.
//
// Where the texts come from: the note LinkedIn pre-fills ("I'd like to add you to my professional network on
// LinkedIn.", earlier "I'd like to join your LinkedIn network.") and its French, Spanish, German, Portuguese, Italian
// and Dutch versions, current and older, with the informal and formal "you" (tu/vous, du/Sie, tú/usted, je/u). The
// English and Italian wordings are as members quote them in posts on invitation etiquette; the others are LinkedIn's
// localized wordings as known to us, not checked against every version LinkedIn has shipped. The wrappers are the lines of LinkedIn's invitation emails and
// invitations page ("Marco Rossi has indicated you are a Friend", "… would like to connect", "Accept", "View profile",
// "You received an invitation to connect…", "Sent from LinkedIn for iPhone"). LinkedIn rewords these now and then:
// assess.ts matches loosely (three quarters of a text's words, in order, typos tolerated), so add a new wording here
// only when that misses it.

/**
 * The part of each default text that makes it recognisable; the words around it ("I'd like to", "on LinkedIn") are
 * in DEFAULT_FILLER. Word forms that differ by a letter or two (añadirte/añadirle, aggiungerti/aggiungerla) need no
 * entry of their own.
 */
export const DEFAULT_TEXTS: string[] = [
  // English
  "add you to my professional network",
  "add you as a connection",
  "add me to your network",
  "join your network",
  "join my network",
  "invite you to join my network",
  "connect with you on LinkedIn",
  "connect with you",
  "be part of your network",
  "expand my network",
  "accept my invitation to connect",
  // German
  "zu meinem beruflichen Netzwerk hinzufügen",
  "meinem Netzwerk hinzufügen",
  "in mein berufliches Netzwerk einladen",
  "mich Ihrem Netzwerk anschließen",
  "mit Ihnen auf LinkedIn vernetzen",
  "mit Ihnen vernetzen",
  "mit dir vernetzen",
  // Spanish
  "añadirte a mi red profesional",
  "agregarte a mi red profesional",
  "invitarte a unirte a mi red profesional",
  "conectar contigo en LinkedIn",
  "conectar con usted",
  "unirme a tu red",
  "formar parte de tu red",
  // French
  "vous ajouter à mon réseau professionnel",
  "t’ajouter à mon réseau professionnel",
  "vous inviter à rejoindre mon réseau professionnel",
  "faire partie de votre réseau",
  "faire partie de ton réseau",
  "rejoindre votre réseau",
  "me connecter avec vous",
  // Portuguese
  "adicioná-lo à minha rede profissional",
  "adicionar você à minha rede profissional",
  "te adicionar à minha rede profissional",
  "convidá-lo para participar da minha rede profissional",
  "fazer parte da sua rede",
  "conectar com você",
  // Italian
  "aggiungerti alla mia rete professionale",
  "invitarti a far parte della mia rete professionale",
  "far parte della tua rete",
  "collegarmi con te",
  // Dutch
  "toevoegen aan mijn professionele netwerk",
  "uitnodigen voor mijn professionele netwerk",
  "met je connecten",
  "met u connecten",
];

/**
 * Words that say nothing about the person, by language: a message made only of these around a default text is the
 * default. Only words of the default texts and of greetings and thanks belong here, never a word that could carry a
 * reason ("meet", "talk", "event"), so that a personal message reusing half a default stays personal.
 */
export const DEFAULT_FILLER: string[] = [
  `i i'd i'm i've i'll would like love want wish to you your yours my me on with in at of a an the and be is am are it
   this that please kindly accept invitation request connect connecting connected connection connections network
   networks professional LinkedIn add join invite here hi hello hey dear there thanks thank best regards hope you're
   well doing really also just so very let's let us expand grow looking forward part as`,
  `ich möchte würde Sie dich dir Ihnen gerne gern zu meinem mein meine berufliches beruflichen Netzwerk auf
   hinzufügen mit mich vernetzen hallo guten Tag viele Grüße beste danke und einladen Ihrem deinem anschließen bei`,
  `me gustaría quisiera añadirte agregarte añadirle agregarle a mi red profesional de en hola saludos conectar contigo
   con usted gracias te le invitarte unirte unirme tu formar parte un saludo buenas buenos días`,
  `je souhaiterais souhaite aimerais j'aimerais voudrais vous ajouter t'ajouter à mon réseau professionnel sur faire
   partie de votre ton bonjour cordialement merci te inviter rejoindre le site en ligne me connecter avec salut bien`,
  `gostaria de adicioná adicionar lo la você à minha rede profissional no olá oi obrigado obrigada abraços conectar
   te convidá para participar da do sua fazer parte com o`,
  `vorrei mi piacerebbe desidero aggiungerti aggiungerla alla mia rete professionale su ciao salve buongiorno gentile
   grazie saluti cordiali invitarti far parte della tua collegarmi con te di contatti`,
  `ik wil zou graag je u jou toevoegen aan mijn professionele netwerk op hallo hoi beste dag groeten met vriendelijke
   groet bedankt uitnodigen voor connecten`,
];

// -----------------------------------------------------------------------------------------------------------------
// Wrappers: what LinkedIn's emails and pages put around the note. unwrap() replaces each with a line break.

/** A regex source matching `text` in any case, so that names in the same pattern keep their capitals. */
function anyCase(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => {
    const upper = letter.toUpperCase();
    const lower = letter.toLowerCase();
    return upper === lower ? letter : `[${lower}${upper}]`;
  });
}

// A person's name as LinkedIn prints it: one to four capitalised words, with particles ("Anna van der Berg").
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PARTICLE = "(?:van|von|der|den|de|da|das|di|del|della|dos|du|la|le|ten|ter)";
// Not a name: a pronoun or greeting that starts a sentence ("I would like to connect" is the note itself).
const NOT_A_NAME = "(?!(?:I|We|Je|Nous|Ich|Wir|Yo|Eu|Io|Ik|Wij|Hi|Hello|Dear|Hallo|Bonjour|Hola|Olá|Ciao)(?![\\p{L}'’]))";
const NAME = `${NOT_A_NAME}${WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${WORD}){0,3}`;
// A wrapper starts a line or a sentence.
const STARTS = "(?<=(?:^|[\\n.!?:;,])[ \\t]{0,3})";
// … and ends one: "Marco Rossi would like to connect because…" is a note, not a wrapper.
const ENDS = "(?:[ \\t]*[.!](?=\\s|$)|(?=[ \\t]*(?:$|\\n|[-–—|:])))";
// The rest of LinkedIn's sentence "… you are a person they've done business with at Acme Corp.": a few words, then
// at most five words of a company or school, then the end of the sentence. A longer sentence is someone's own words.
const AT = "(?:at|of|in|from|chez|de|du|bei|von|en|presso|di|bij|van|na|em|no|da)";
const REST =
  `(?:[ \\t]+[^\\s.!?,]+){1,8}?(?:[ \\t]+${AT}(?:[ \\t]+[^\\s!?]+){1,5}?)?[ \\t]*(?:[.!?](?=\\s|$)|(?=[ \\t]*(?:\\n|$)))`;

const SAYS_WANTS_TO_CONNECT = [
  "would like to connect(?: with you)?(?: on LinkedIn)?",
  "wants to connect(?: with you)?(?: on LinkedIn)?",
  "would like to join your (?:LinkedIn )?network",
  "is inviting you to connect",
  "invited you to connect(?: on LinkedIn)?",
  "sent you an invitation(?: to connect)?",
  "requested to add you as a connection(?: on LinkedIn)?",
  "is waiting for your response",
  "(?:souhaite|aimerait|voudrait) (?:se connecter|entrer en relation)(?: avec vous)?(?: sur LinkedIn)?",
  "vous a invitée? à (?:vous connecter|rejoindre son réseau)",
  "vous a envoyé une invitation",
  "(?:quiere|desea|quisiera) (?:conectar|conectarse|contactar)(?: contigo| con usted)?(?: en LinkedIn)?",
  "te ha enviado una invitación",
  "(?:möchte|würde) sich (?:gerne )?mit (?:Ihnen|dir) (?:auf LinkedIn )?vernetzen",
  "hat (?:Ihnen|dir) eine Einladung gesendet",
  "(?:quer|gostaria de|deseja) se conectar(?: com você)?(?: no LinkedIn)?",
  "enviou (?:um|a você um) convite",
  "(?:vorrebbe|desidera|vuole) (?:collegarsi|connettersi)(?: con te| con Lei)?(?: su LinkedIn)?",
  "ti ha inviato un invito",
  "(?:wil|zou) (?:graag )?(?:met (?:u|je|jou) )?(?:connecten|verbinden|verbinding maken)(?: op LinkedIn)?",
  "heeft (?:u|je) een uitnodiging gestuurd",
];
const HAS_INDICATED = [
  "has indicated (?:that )?you",
  "a indiqué que vous",
  "ha indicado que",
  "hat angegeben, dass",
  "indicou que",
  "ha indicato che",
  "heeft aangegeven dat",
];
const INVITATION_FROM = [
  "invitation from",
  "invitation de",
  "invitación de",
  "einladung von",
  "convite de",
  "invito (?:da|di)",
  "uitnodiging van",
];

// Lines of the email's frame, whole: buttons ("Accept", "View profile") and counts ("12 mutual connections").
const BUTTONS = [
  "accept(?: invitation)?", "ignore", "decline", "reply", "view (?:profile|invitation)", "see all invitations",
  "accepter(?: l’invitation| l'invitation)?", "ignorer", "répondre", "voir (?:le profil|l’invitation|l'invitation)",
  "aceptar(?: invitación)?", "ignorar", "responder", "ver (?:perfil|invitación)",
  "annehmen", "akzeptieren", "ignorieren", "antworten", "(?:profil|einladung) anzeigen",
  "aceitar(?: convite)?", "ver (?:perfil|convite)", "visualizar perfil",
  "accetta(?: invito)?", "ignora", "rispondi", "(?:visualizza|vedi) (?:profilo|invito)",
  "accepteren", "negeren", "beantwoorden", "profiel (?:bekijken|weergeven)",
];
// "Accept invitation from Marco Rossi": up to four on a line, in bounded repeats so that no line makes it backtrack.
const BUTTON = `(?:${BUTTONS.join("|")})(?:[ \\t]+(?:from|de|von|da|di|van)[ \\t]+[^\\n|·•]{1,60})?`;
const COUNTS = [
  "mutual connections?", "shared connections?", "connections", "followers",
  "relations? en commun", "contactos? en común", "gemeinsame kontakte", "conexões em comum", "collegamenti in comune",
  "gemeenschappelijke connecties",
];
// Lines of the email's frame from their first words to their end: the footer and its legal lines.
const FOOTERS = [
  "you received an invitation", "you are receiving", "this email was intended for", "learn why we included this",
  "unsubscribe", "to stop receiving", "if you need assistance", "help center", "© ?\\d{4} linkedin", "linkedin corporation",
  "linkedin and the linkedin logo", "why might connecting with",
  "vous avez reçu une invitation", "cet e-mail (?:était|a été) destiné", "se désabonner", "désabonnez-vous",
  "has recibido una invitación", "recibiste una invitación", "este (?:correo|email|mensaje) (?:se ha enviado|estaba dirigido|iba dirigido)", "darse de baja", "cancelar (?:la )?suscripción",
  "sie haben eine einladung", "du hast eine einladung", "diese e-mail (?:ist|war|wurde)", "abmelden", "abbestellen",
  "você recebeu um convite", "este e-mail (?:foi|era) destinado", "cancelar inscrição", "descadastrar",
  "hai ricevuto un invito", "questa email (?:era|è stata)", "annulla (?:l’|l')?iscrizione", "disiscriviti",
  "(?:u|je) (?:hebt|heeft|hebt) een uitnodiging", "deze e-mail (?:was|is) bedoeld", "afmelden", "uitschrijven",
];
// "Sent from LinkedIn for iPhone", wherever it is.
const SENT_FROM =
  "(?:sent|envoyé|enviado|gesendet|inviato|verzonden|verstuurd)[ \\t]+(?:from|via|depuis|de|desde|do|pelo|von|über|da|dal|vanaf|vanuit)" +
  "[ \\t]+(?:(?:my|mon|mi|meu|meinem|mio|mijn)[ \\t]+)?(?:linkedin|iphone|ipad|android)" +
  "(?:[ \\t]+(?:for|pour|para|für|per|voor)[ \\t]+(?:iphone|ipad|android|windows phone|mobile))?";

const WRAPPERS: RegExp[] = [
  new RegExp(`${STARTS}${NAME}[ \\t]+(?:${SAYS_WANTS_TO_CONNECT.map(anyCase).join("|")})${ENDS}`, "gmu"),
  new RegExp(`${STARTS}${NAME}[ \\t]+(?:${HAS_INDICATED.map(anyCase).join("|")})${REST}`, "gmu"),
  new RegExp(`${STARTS}(?:${INVITATION_FROM.map(anyCase).join("|")})[ \\t]+${NAME}${ENDS}`, "gmu"),
  new RegExp(`^[ \\t]*${BUTTON}(?:(?:[ \\t]*[|·•][ \\t]*|[ \\t]+)${BUTTON}){0,3}[ \\t]*$`, "gimu"),
  new RegExp(`^[ \\t]*[\\d.,]+\\+?[ \\t]+(?:${COUNTS.join("|")})[ \\t]*$`, "gimu"),
  new RegExp(`^[ \\t]*(?:https?://|www\\.)\\S*[ \\t]*$`, "gimu"),
  new RegExp(`^[ \\t]*(?:${FOOTERS.join("|")})[^\\n]*$`, "gimu"),
  new RegExp(SENT_FROM, "giu"),
];

// An email is a few thousand characters; longer text is not worth the regexes' time.
const MAX_UNWRAP = 6000;

/**
 * The text with LinkedIn's wrappers around the note replaced by line breaks, and whether there were any. A wrapper
 * that carries the invitation itself ("Marco Rossi would like to connect") stands for a note left empty.
 */
export function unwrap(text: string): { text: string; wrapped: boolean } {
  if (text.length > MAX_UNWRAP) return { text, wrapped: false };
  const lines = text.replace(/\r\n?/g, "\n"); // emails end their lines with CRLF
  let result = lines;
  for (const pattern of WRAPPERS) result = result.replace(pattern, "\n");
  return result === lines ? { text, wrapped: false } : { text: result, wrapped: true };
}
