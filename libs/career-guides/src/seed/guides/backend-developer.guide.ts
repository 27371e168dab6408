import { SeedGuide } from '../seed-guide.types';

/* Demo content written for this project. Figures: U.S. BLS Occupational Outlook Handbook (software developers, 2023 data), rounded. */
export const backendDeveloperGuide: SeedGuide = {
  slug: 'backend-developer',
  title: 'Backend Developer Career Path Guide',
  summary:
    'Backend developers write the part of an application that nobody sees: the services, data models and interfaces that answer every tap and click. They decide how data is stored, who may read it and how the system keeps responding when traffic grows tenfold overnight.',
  stats: {
    growthRatePct: 17,
    medianSalary: 132000,
    salaryCurrency: 'USD',
    salaryRange: { min: 77000, max: 208000 },
    salaryByLevel: { entry: 85000, mid: 130000, senior: 175000 },
    topEarnersFrom: 208000,
    remoteFriendly: true,
    marketDemand: 'high',
    demandNote:
      'Almost every company now runs software of its own, and each of those systems needs people who can keep its data correct and its APIs fast.',
    workLifeBalance: { stressLevel: 'moderate', balanceRating: 'good' },
  },
  responsibilities: [
    'Design HTTP and messaging interfaces that other teams can depend on for years.',
    'Model data in relational and document stores, and evolve schemas without downtime.',
    'Write automated tests at the unit, integration and contract level.',
    'Measure latency and error rates, then remove the bottlenecks the numbers reveal.',
    'Protect personal data with sound authentication, authorisation and encryption.',
    'Review colleagues\u2019 changes and explain trade-offs in writing.',
    'Take part in an on-call rotation and write clear incident follow-ups.',
    'Retire old code paths once nothing depends on them any more.',
  ],
  techStack: [
    'Node.js',
    'TypeScript',
    'Go',
    'Python',
    'Java',
    'PostgreSQL',
    'Redis',
    'Kafka',
    'Docker',
    'Kubernetes',
    'OpenTelemetry',
    'AWS',
  ],
  skills: {
    education:
      'Many backend developers hold a degree in computer science or a related field, which helps with data structures, networking and databases.\n\nA degree is not a gate, though: a public record of working services, tests and clear write-ups convinces many hiring teams just as well.',
    technical: [
      'One server language in depth',
      'SQL and query plans',
      'HTTP semantics and API design',
      'Caching strategies',
      'Message queues and retries',
      'Automated testing',
      'Container basics',
      'Application security fundamentals',
    ],
    soft: ['Written communication', 'Patience with ambiguity', 'Ownership', 'Curiosity', 'Calm under pressure'],
  },
  careerTiers: [
    {
      title: 'Junior Backend Developer',
      experience: '0-2 years',
      description:
        'Ships well-scoped features with guidance, learns the codebase and the deployment process, and asks good questions early.',
    },
    {
      title: 'Backend Developer',
      experience: '2-5 years',
      description: 'Owns services end to end, designs schemas and endpoints on their own and reviews the work of newer colleagues.',
    },
    {
      title: 'Senior Backend Developer',
      experience: '5-8 years',
      description: 'Shapes the architecture of a product area, leads incident reviews and decides when to pay down technical debt.',
    },
    {
      title: 'Staff Engineer / Backend Architect',
      experience: '8+ years',
      description: 'Sets technical direction across several teams, writes the design documents others build on and grows the next seniors.',
    },
  ],
  sections: [
    {
      key: 'core-functions',
      title: 'What the Work Is Really About',
      body: 'Most of the job is turning a business rule into code that behaves the same way on the millionth request as on the first. That means thinking about failure first: what happens when the database is slow, when a payment provider times out, or when two users press the same button at once.\n\nThe other half is communication. A backend developer agrees on contracts with front-end and mobile colleagues, documents them, and keeps them stable while the implementation underneath changes.',
    },
    {
      key: 'work-setting',
      title: 'Where Backend Developers Work',
      body: 'The role exists in start-ups, banks, game studios, public agencies and agencies that build for clients. Teams are usually small, work in short iterations and deploy several times a week.\n\nRemote work is common, because the job needs a laptop, a good connection and overlap with teammates rather than a particular office.',
    },
    {
      key: 'path',
      title: 'Getting Into Backend Development',
      body: '- Learn one language well before collecting frameworks.\n- Build a small service with a real database, tests and a deployment.\n- Read the query plans of your slowest queries and fix them.\n- Contribute a fix to an open-source library you use.\n- Apply for junior roles or internships with that work as your portfolio.',
    },
    {
      key: 'day-in-the-life',
      title: 'A Typical Day',
      body: '### Morning\n\nCheck dashboards and overnight alerts, then join a short stand-up to agree on the day\u2019s priorities.\n\n### Midday\n\nFocused time on a feature: a migration, the endpoint, and the tests that prove both work.\n\n### Afternoon\n\nCode review, a design discussion about an upcoming integration, and a release behind a feature flag.',
    },
    {
      key: 'work-life-balance',
      title: 'Balance and Stress',
      body: 'Day to day the pace is steady and predictable. Stress comes in bursts: an outage, a launch date or a security fix that cannot wait. Teams with good monitoring and blameless reviews keep those bursts rare.',
    },
    {
      key: 'growth-paths',
      title: 'Where the Role Can Lead',
      body: 'Experienced backend developers often specialise in distributed systems, data engineering, security or platform work. Others move towards engineering management or product-facing architecture roles.',
    },
    {
      key: 'portfolio-tips',
      title: 'Building a Convincing Portfolio',
      body: '- Show one service in depth rather than ten tutorials.\n- Include the tests and a short README explaining your design choices.\n- Add a load test and what you changed after reading its results.',
    },
  ],
  caseStudies: [
    {
      title: 'Cutting Checkout Latency for an Online Shop',
      body: 'A shop saw abandoned carts rise during sales. Profiling showed that every checkout recalculated stock across all warehouses. The team cached stock per warehouse, invalidated it on each change and moved confirmation emails to a queue.',
      takeaway: 'Measure before optimising: the slowest step is rarely the one people guess.',
    },
    {
      title: 'Replacing a Nightly Batch With Events',
      body: 'A logistics firm synchronised orders with partners once a night, so errors surfaced a day late. Publishing an event for each order change let partners react within seconds and made failures visible immediately.',
      takeaway: 'Smaller, continuous flows of data make problems cheaper to find and fix.',
    },
  ],
  faqs: [
    {
      question: 'Which language should I learn first for backend work?',
      answer:
        'Pick one with a large job market in your region, such as TypeScript on Node.js, Python, Java or Go, and learn it deeply before adding another.',
    },
    {
      question: 'Do backend developers need to know front-end development?',
      answer: 'Not in depth, but knowing how browsers and mobile apps call your API makes you design better interfaces.',
    },
    {
      question: 'How important are databases for this role?',
      answer: 'Very. Most performance problems and many bugs live in the data layer, so SQL, indexes and transactions are core skills.',
    },
    {
      question: 'Is backend development a good remote career?',
      answer:
        'Yes. It is one of the most remote-friendly roles in software, provided you write clearly and overlap with your team for part of the day.',
    },
  ],
  pros: [
    'Strong demand across industries',
    'Work that is visible in reliability and speed',
    'Many remote-friendly teams',
    'Clear paths into architecture or management',
  ],
  cons: [
    'Occasional on-call duty',
    'Problems can be invisible to non-technical colleagues',
    'Legacy systems can slow progress',
    'Security mistakes have serious consequences',
  ],
  commonMistakes: [
    'Adding caches before understanding the slow query.',
    'Designing APIs around the database tables instead of the client\u2019s needs.',
    'Skipping tests for error paths.',
    'Logging personal data without thinking about who can read the logs.',
  ],
  relatedRoles: ['Full-Stack Developer', 'DevOps Engineer', 'Data Engineer', 'Site Reliability Engineer'],
  jobCategory: 'engineering',
  tags: ['node.js', 'go', 'python', 'java', 'postgres', 'microservices'],
  sources: ['U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Software Developers'],
};
