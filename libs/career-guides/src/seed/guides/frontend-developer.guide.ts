import { SeedGuide } from '../seed-guide.types';

/* Demo content written for this project. Figures: U.S. BLS Occupational Outlook Handbook (web developers and digital designers, 2023 data), rounded. */
export const frontendDeveloperGuide: SeedGuide = {
  slug: 'frontend-developer',
  title: 'Frontend Developer Career Path Guide',
  summary:
    'Frontend developers build the screens people actually touch: layouts, forms, animations and the logic that keeps them in sync with the server. Their work decides whether a product feels fast, clear and usable for everyone, including people who rely on a keyboard or a screen reader.',
  stats: {
    growthRatePct: 8,
    medianSalary: 93000,
    salaryCurrency: 'USD',
    salaryRange: { min: 46000, max: 160000 },
    salaryByLevel: { entry: 65000, mid: 95000, senior: 135000 },
    topEarnersFrom: 160000,
    remoteFriendly: true,
    marketDemand: 'medium',
    demandNote:
      'Companies keep investing in their web products, but entry-level competition is stiff; depth in accessibility, performance or design systems stands out.',
    workLifeBalance: { stressLevel: 'moderate', balanceRating: 'good' },
  },
  responsibilities: [
    'Turn designs into responsive, accessible interfaces that work across browsers.',
    'Manage application state and data fetching without blocking the user.',
    'Keep bundles small and pages fast on modest phones and slow networks.',
    'Build and maintain shared components in a design system.',
    'Write component, integration and end-to-end tests.',
    'Work with designers and backend developers on interface contracts.',
    'Track real-user metrics and fix regressions they expose.',
  ],
  techStack: ['HTML', 'CSS', 'TypeScript', 'React', 'Vue', 'Next.js', 'Vite', 'Playwright', 'Storybook', 'GraphQL'],
  skills: {
    education:
      'A computer science degree is helpful but far from universal in this field; many frontend developers come from design, bootcamps or self-study.\n\nWhat matters most to employers is a portfolio of working, accessible interfaces and evidence that you can collaborate on a shared codebase.',
    technical: [
      'Semantic HTML',
      'Modern CSS layout',
      'TypeScript',
      'A component framework',
      'Web accessibility (WCAG)',
      'Browser performance profiling',
      'Automated UI testing',
    ],
    soft: ['Eye for detail', 'Empathy for users', 'Clear feedback to designers', 'Willingness to iterate'],
  },
  careerTiers: [
    {
      title: 'Junior Frontend Developer',
      experience: '0-2 years',
      description: 'Builds components and pages from finished designs, fixes layout bugs and learns the team\u2019s testing habits.',
    },
    {
      title: 'Frontend Developer',
      experience: '2-5 years',
      description: 'Owns features from design review to release, chooses state and data patterns and mentors juniors.',
    },
    {
      title: 'Senior Frontend Developer',
      experience: '5-8 years',
      description: 'Leads the frontend architecture of a product, sets performance budgets and drives accessibility work.',
    },
    {
      title: 'Frontend Lead / Principal Engineer',
      experience: '8+ years',
      description:
        'Guides several teams on shared tooling and the design system, and represents the frontend in company-wide technical decisions.',
    },
  ],
  sections: [
    {
      key: 'core-functions',
      title: 'What the Work Is Really About',
      body: 'A frontend developer translates intent into interaction. A static mock-up says nothing about loading states, errors, long names or tiny screens; deciding how the interface behaves in all of those cases is the heart of the job.\n\nPerformance and accessibility are part of that craft, not extras: a page that is slow or unusable with a keyboard is simply unfinished.',
    },
    {
      key: 'work-setting',
      title: 'Where Frontend Developers Work',
      body: 'Product companies, agencies, media organisations and public services all employ frontend developers. Work happens in close loops with designers and product managers, often in cross-functional squads that own a part of the product.',
    },
    {
      key: 'path',
      title: 'Getting Into Frontend Development',
      body: '- Master HTML and CSS before reaching for a framework.\n- Learn TypeScript and one component framework well.\n- Rebuild a real site you use, with keyboard navigation and screen-reader checks.\n- Publish your projects and explain the decisions behind them.',
    },
    {
      key: 'day-in-the-life',
      title: 'A Typical Day',
      body: '### Morning\n\nPair with a designer on edge cases of a new flow, then break the work into components.\n\n### Afternoon\n\nBuild and test the components, review a teammate\u2019s pull request and check the performance dashboard after the latest release.',
    },
    {
      key: 'work-life-balance',
      title: 'Balance and Stress',
      body: 'On-call duty is rare in frontend roles, and most stress comes from shifting requirements close to a launch. Teams that agree on scope early and ship in small steps tend to keep evenings free.',
    },
    {
      key: 'industry-trends',
      title: 'Trends Worth Watching',
      body: 'Server-side rendering is back in many frameworks, accessibility rules are becoming legal requirements in more markets, and AI-assisted tooling is changing how quickly prototypes appear.',
    },
  ],
  caseStudies: [
    {
      title: 'Making a Booking Form Usable With a Keyboard',
      body: 'A travel site received complaints that its date picker trapped keyboard users. The team replaced it with native inputs enhanced by small scripts, added visible focus states and tested with a screen reader before release.',
      takeaway: 'Start from native elements; they give accessibility for free that custom widgets must earn.',
    },
    {
      title: 'Halving the Load Time of a News Homepage',
      body: 'A publisher\u2019s homepage shipped every component up front. Splitting the bundle per route, lazy-loading images below the fold and removing an unused library cut the time to first interaction in half.',
      takeaway: 'Set a performance budget and check it on every change, not once a year.',
    },
  ],
  faqs: [
    {
      question: 'Do I need to learn a framework to get hired?',
      answer:
        'Most job ads name one, usually React or Vue, but strong HTML, CSS and JavaScript fundamentals make switching between them easy.',
    },
    {
      question: 'How much design knowledge does a frontend developer need?',
      answer:
        'Enough to discuss spacing, typography and hierarchy with designers and to spot when an implementation drifts from the intent.',
    },
    {
      question: 'Is accessibility really part of the job?',
      answer: 'Yes. It is increasingly a legal requirement, and interfaces built accessibly tend to be better for every user.',
    },
  ],
  pros: ['Quick, visible feedback on your work', 'Close collaboration with design', 'Low barrier to entry', 'Widely remote-friendly'],
  cons: [
    'Fast-moving tooling to keep up with',
    'Crowded entry-level market',
    'Browser quirks and device variety',
    'Feedback on visuals can be subjective',
  ],
  commonMistakes: [
    'Reaching for a framework before understanding the platform.',
    'Ignoring loading and error states.',
    'Testing only on a fast laptop.',
    'Treating accessibility as a final checklist item.',
  ],
  relatedRoles: ['Full-Stack Developer', 'UI Engineer', 'Product Designer', 'Mobile Developer'],
  jobCategory: 'engineering',
  tags: ['typescript', 'react', 'vue', 'graphql'],
  sources: ['U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Web Developers and Digital Designers'],
};
