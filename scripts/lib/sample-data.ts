// Sample people for the demo account and for benchmarks: realistic names, companies and notes.
import type { Stage } from "../../lib/generated/prisma/enums";

export type SampleContact = {
  firstName: string;
  lastName: string;
  company: string | null;
  title: string | null;
  email: string | null;
  linkedinUrl: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  stage: Stage;
};

export const DEMO_CONTACTS: SampleContact[] = [
  { firstName: "Colleen", lastName: "Murphy", company: "Northwind Health", title: "VP Product", email: null, linkedinUrl: "https://www.linkedin.com/in/colleen-murphy-demo", location: "Boston, MA", notes: "Met at the AMA Leadership Summit panel on patient-facing AI. Suggested the Product Talk podcast episode on discovery.", tags: ["healthcare", "product"], stage: "PERSONALIZE" },
  { firstName: "José", lastName: "García", company: "Lumen Labs", title: "Staff Engineer", email: "jose@lumenlabs.example", linkedinUrl: "https://www.linkedin.com/in/jose-garcia-demo", location: "Madrid", notes: "Talked about migrating a Rails monolith to services. Wants intros to people hiring in Berlin.", tags: ["engineering"], stage: "READY" },
  { firstName: "Priya", lastName: "Raman", company: "Cobalt Ventures", title: "Partner", email: null, linkedinUrl: "https://www.linkedin.com/in/priya-raman-demo", location: "London", notes: "Introduced by Tom Becker. Invests in climate software at seed stage.", tags: ["investor", "climate"], stage: "SENT" },
  { firstName: "Tom", lastName: "Becker", company: "Fieldwork", title: "Founder", email: "tom@fieldwork.example", linkedinUrl: "https://www.linkedin.com/in/tom-becker-demo", location: "Berlin", notes: "Old colleague from Acme. Building tools for field researchers.", tags: ["founder", "berlin"], stage: "CONNECTED" },
  { firstName: "Aiko", lastName: "Tanaka", company: "Kite Design", title: "Design Director", email: null, linkedinUrl: "https://www.linkedin.com/in/aiko-tanaka-demo", location: "Tokyo", notes: "Gave the talk on accessible colour systems at Config. Happy to review our onboarding flow.", tags: ["design"], stage: "THANKED" },
  { firstName: "Marcus", lastName: "Obi", company: "Greenline Logistics", title: "Head of Data", email: "marcus.obi@greenline.example", linkedinUrl: null, location: "Lagos", notes: "Sat next to him at the data leaders dinner. Looking for a mentor in analytics engineering.", tags: ["data"], stage: "PERSONALIZE" },
  { firstName: "Sofia", lastName: "Lindqvist", company: "Nordic Fintech Forum", title: "Community Lead", email: null, linkedinUrl: "https://www.linkedin.com/in/sofia-lindqvist-demo", location: "Stockholm", notes: "Runs the Stockholm product meetup; asked if I would speak in spring.", tags: ["community", "speaking"], stage: "SENT" },
  { firstName: "Daniel", lastName: "Cohen", company: "Brightpath", title: "Recruiter", email: "daniel@brightpath.example", linkedinUrl: "https://www.linkedin.com/in/daniel-cohen-demo", location: "Tel Aviv", notes: null, tags: ["recruiting"], stage: "CONNECTED" },
  { firstName: "Amara", lastName: "Nwosu", company: "City Library Makerspace", title: "Program Manager", email: null, linkedinUrl: null, location: "Chicago, IL", notes: "Volunteers teaching kids to code; we talked about donating old laptops.", tags: ["volunteering"], stage: "PERSONALIZE" },
  { firstName: "Luca", lastName: "Romano", company: "Studio Forma", title: "Architect", email: "luca@studioforma.example", linkedinUrl: "https://www.linkedin.com/in/luca-romano-demo", location: "Milan", notes: "Classmate from the design MBA. Moving back to Milan this winter.", tags: ["classmate"], stage: "THANKED" },
];

/** Events of the demo account, and how the demo contacts were met (by the contact's first name). */
export const DEMO_EVENTS = [
  { key: "summit", name: "AMA Leadership Summit", daysAgo: 12, location: "Chicago" },
  { key: "meetup", name: "Stockholm Product Meetup", daysAgo: 40, location: "Stockholm" },
] as const;

export const DEMO_ENCOUNTERS: {
  firstName: string;
  event?: (typeof DEMO_EVENTS)[number]["key"];
  kind: "EVENT" | "MUTUAL_CONNECTION" | "COLLEAGUE" | "CLASSMATE";
  daysAgo: number;
  /** The private note, written about them. */
  context: string;
  /** "Topic to mention": what a message would bring up, written to them (templates' {topic}). */
  topic?: string;
  theyCanHelpWith?: string;
  iCanHelpWith?: string;
  through?: string;
}[] = [
  { firstName: "Colleen", event: "summit", kind: "EVENT", daysAgo: 12, context: "Her panel on patient-facing AI; she suggested the Product Talk podcast episode on discovery", topic: "your panel on patient-facing AI", theyCanHelpWith: "Intros to hospital product teams", iCanHelpWith: "Our notes on running discovery interviews" },
  { firstName: "Marcus", event: "summit", kind: "EVENT", daysAgo: 12, context: "Sat next to him at the speakers' dinner; analytics engineering hiring", topic: "hiring analytics engineers", iCanHelpWith: "Mentoring on analytics engineering" },
  { firstName: "Sofia", event: "meetup", kind: "EVENT", daysAgo: 40, context: "She runs the meetup and asked if I would speak in spring", topic: "speaking at the meetup in spring" },
  { firstName: "Priya", kind: "MUTUAL_CONNECTION", daysAgo: 20, context: "Climate software at seed stage", topic: "seed-stage climate software", through: "Tom" },
  { firstName: "Tom", kind: "COLLEAGUE", daysAgo: 900, context: "We built the field research app together at Acme", topic: "the field research app we built at Acme" },
  { firstName: "Luca", kind: "CLASSMATE", daysAgo: 1500, context: "Design MBA, same studio group", topic: "our old studio group" },
];

const FIRST = ["Ana", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jamal", "Kai", "Lena", "Mateo", "Nora", "Omar", "Paula", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"];
const LAST = ["Almeida", "Brandt", "Chen", "Duarte", "Eriksen", "Fischer", "Gupta", "Haddad", "Ivanova", "Jensen", "Kowalski", "López", "Moreau", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rossi", "Schmidt", "Takahashi", "Urban", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"];
const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella Health", "Stark Studio", "Wayne Logistics", "Hooli", "Vandelay Imports", "Soylent Foods", "Tyrell Robotics"];
const TITLES = ["Product Manager", "Engineer", "Designer", "Founder", "Data Scientist", "Recruiter", "Marketing Lead", "Sales Director"];
const TOPICS = ["pricing experiments", "hiring senior engineers", "the keynote on AI agents", "remote team rituals", "a podcast about negotiation", "climate tech funding", "design systems", "moving to Lisbon"];
const STAGES: Stage[] = ["PERSONALIZE", "READY", "SENT", "CONNECTED", "THANKED"];

/** `count` distinct, deterministic contacts (the same run gives the same people). */
export function generateContacts(count: number, seed = 1): SampleContact[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + seed * 7919;
    const firstName = FIRST[n % FIRST.length]!;
    const lastName = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
    const slug = `${firstName}-${lastName}-${n}`.toLowerCase().normalize("NFD").replace(/[^a-z0-9-]/g, "");
    return {
      firstName,
      lastName,
      company: COMPANIES[n % COMPANIES.length]!,
      title: TITLES[n % TITLES.length]!,
      email: n % 3 === 0 ? `${slug}@example.com` : null,
      linkedinUrl: `https://www.linkedin.com/in/${slug}`,
      location: null,
      notes: `Talked about ${TOPICS[n % TOPICS.length]}.`,
      tags: [TITLES[n % TITLES.length]!.split(" ")[0]!.toLowerCase()],
      stage: STAGES[n % STAGES.length]!,
    };
  });
}
