/* Word pools for generated listings: enough variety that term frequencies look like a real board. */

export interface CategoryVocabulary {
  category: string;
  weight: number;
  titles: string[];
  tags: string[];
  blurbs: string[];
}

export const CATEGORIES: CategoryVocabulary[] = [
  {
    category: 'engineering',
    weight: 34,
    titles: [
      'Backend Engineer',
      'Frontend Engineer',
      'Full-Stack Developer',
      'Software Engineer',
      'Platform Engineer',
      'Mobile Developer (iOS)',
      'Android Developer',
      'Node.js Developer',
      'Go Engineer',
      'Rust Systems Engineer',
      'Python Developer',
      'Java Developer',
      'Ruby on Rails Developer',
      'Embedded Software Engineer',
      'Staff Software Engineer',
      'Engineering Manager',
    ],
    tags: [
      'typescript',
      'node.js',
      'react',
      'go',
      'rust',
      'python',
      'java',
      'kotlin',
      'swift',
      'postgres',
      'graphql',
      'aws',
      'ruby',
      'vue',
      'c++',
      'microservices',
    ],
    blurbs: [
      'You will design and ship services that handle millions of requests a day, with tests you trust.',
      'Our stack is boring on purpose: typed code, a relational database, and small deploys several times a day.',
      'You will pair with product and design on features from the first sketch to the release note.',
      'We review every change, keep the build under ten minutes and fix flaky tests the day they appear.',
    ],
  },
  {
    category: 'devops',
    weight: 8,
    titles: [
      'Site Reliability Engineer',
      'DevOps Engineer',
      'Cloud Infrastructure Engineer',
      'Kubernetes Platform Engineer',
      'Security Engineer',
    ],
    tags: ['kubernetes', 'terraform', 'aws', 'gcp', 'azure', 'linux', 'observability', 'security', 'ansible', 'docker'],
    blurbs: [
      'You will own the paths from commit to production and make them faster and safer every quarter.',
      'On-call is shared across the team, paid, and rarely eventful because we fix the causes of pages.',
      'You will automate everything that has to be done twice and write down everything else.',
    ],
  },
  {
    category: 'data',
    weight: 9,
    titles: ['Data Engineer', 'Data Scientist', 'Machine Learning Engineer', 'Analytics Engineer', 'Data Analyst'],
    tags: ['python', 'sql', 'spark', 'airflow', 'dbt', 'machine-learning', 'pytorch', 'snowflake', 'statistics', 'kafka'],
    blurbs: [
      'You will turn raw event streams into tables that people across the company rely on every morning.',
      'Models go to production behind experiments, and we measure them against simple baselines first.',
      'You will work with analysts and engineers to make data quality visible and boring.',
    ],
  },
  {
    category: 'design',
    weight: 7,
    titles: ['Product Designer', 'UX Researcher', 'UI Designer', 'Brand Designer', 'Design Systems Lead'],
    tags: ['figma', 'ux', 'ui', 'prototyping', 'user-research', 'accessibility', 'illustration', 'design-systems'],
    blurbs: [
      'You will talk to customers every week and turn what you learn into flows that feel obvious.',
      'Our design system is shared with engineering, versioned and documented, and you will help it grow.',
      'Accessibility is part of the definition of done, not a later ticket.',
    ],
  },
  {
    category: 'product',
    weight: 6,
    titles: ['Product Manager', 'Senior Product Manager', 'Technical Product Manager', 'Product Owner', 'Head of Product'],
    tags: ['product-management', 'roadmapping', 'analytics', 'b2b', 'saas', 'discovery', 'agile'],
    blurbs: [
      'You will decide what we build next and explain why in writing, with the numbers that back it.',
      'You will run discovery with customers and keep the roadmap honest about what we do not know.',
    ],
  },
  {
    category: 'marketing',
    weight: 7,
    titles: ['Content Marketing Manager', 'Growth Marketer', 'SEO Specialist', 'Product Marketing Manager', 'Social Media Manager'],
    tags: ['seo', 'content', 'growth', 'paid-ads', 'email-marketing', 'copywriting', 'analytics', 'brand'],
    blurbs: [
      'You will plan campaigns, write the first draft yourself and measure what actually moved signups.',
      'You will own our content calendar and the tone of voice across the site and newsletters.',
    ],
  },
  {
    category: 'sales',
    weight: 7,
    titles: ['Account Executive', 'Sales Development Representative', 'Solutions Engineer', 'Partnerships Manager', 'Sales Manager'],
    tags: ['b2b', 'saas', 'salesforce', 'negotiation', 'enterprise', 'hubspot', 'prospecting'],
    blurbs: [
      'You will run the full cycle from first call to signed contract with mid-market customers.',
      'Our quotas are set with the team, and commission is paid monthly with no cap.',
    ],
  },
  {
    category: 'customer-support',
    weight: 8,
    titles: [
      'Customer Support Specialist',
      'Technical Support Engineer',
      'Customer Success Manager',
      'Support Team Lead',
      'Community Manager',
    ],
    tags: ['zendesk', 'customer-success', 'intercom', 'troubleshooting', 'onboarding', 'community', 'saas'],
    blurbs: [
      'You will answer customers by email and chat, and turn recurring questions into better docs.',
      'You will be the voice of the customer in product meetings, with examples and numbers.',
    ],
  },
  {
    category: 'finance',
    weight: 4,
    titles: ['Financial Analyst', 'Accountant', 'Finance Manager', 'Payroll Specialist', 'Controller'],
    tags: ['accounting', 'excel', 'forecasting', 'payroll', 'tax', 'fp-and-a', 'audit'],
    blurbs: [
      'You will close the books each month and build the forecasts leadership uses to plan hiring.',
      'You will tidy our processes across several countries and currencies.',
    ],
  },
  {
    category: 'hr',
    weight: 4,
    titles: ['People Partner', 'Technical Recruiter', 'Talent Acquisition Lead', 'People Operations Specialist', 'HR Generalist'],
    tags: ['recruiting', 'people-ops', 'onboarding', 'compensation', 'employer-branding', 'hris'],
    blurbs: [
      'You will run hiring loops that are fair, quick and pleasant for candidates.',
      'You will shape how we onboard, grow and pay people across a distributed team.',
    ],
  },
  {
    category: 'writing',
    weight: 3,
    titles: ['Technical Writer', 'Copywriter', 'Content Editor', 'Documentation Engineer', 'UX Writer'],
    tags: ['documentation', 'copywriting', 'editing', 'markdown', 'api-docs', 'content-strategy'],
    blurbs: [
      'You will write and maintain the guides and API references our developers read every day.',
      'You will edit for clarity and keep a style guide that people actually follow.',
    ],
  },
  {
    category: 'operations',
    weight: 3,
    titles: ['Operations Manager', 'Project Manager', 'Executive Assistant', 'Office Manager', 'Business Operations Analyst'],
    tags: ['operations', 'project-management', 'process', 'logistics', 'vendor-management', 'planning'],
    blurbs: [
      'You will keep projects on track across teams and make sure decisions get written down.',
      'You will find the manual processes that slow us down and replace them.',
    ],
  },
];

/** Niche skills: each shows up on well under 1% of listings. */
export const LONG_TAIL_TAGS = [
  'ocaml',
  'clojure',
  'haskell',
  'elixir',
  'erlang',
  'fortran',
  'cobol',
  'webassembly',
  'solidity',
  'zig',
  'lua',
  'perl',
  'scala',
  'f-sharp',
  'julia',
  'prolog',
  'verilog',
  'fpga',
  'unreal-engine',
  'godot',
  'bioinformatics',
  'geospatial',
  'computer-vision',
  'robotics',
  'quantum',
  'kdb',
  'sap',
  'salesforce-apex',
  'mainframe',
  'smalltalk',
];

export const COMMON_BLURBS = [
  'We are a small, distributed team that values clear writing and calm, focused work.',
  'Hours are flexible around a few hours of overlap with your teammates.',
  'You get a learning budget, a home-office allowance and generous paid leave.',
  'We publish salary ranges for every role and review them every year.',
  'The interview process has three steps and we answer every applicant within a week.',
  'We care about work-life balance: no late-night messages and no weekend deploys.',
  'Health insurance and a retirement plan are included where we employ directly.',
  'You will join a product used by thousands of businesses around the world.',
  'We meet in person twice a year somewhere nice, travel paid.',
];

export const REQUIREMENTS = [
  'Several years of hands-on experience in a similar role.',
  'Comfortable owning problems end to end without close supervision.',
  'Clear written communication in English.',
  'Experience working across time zones in a remote team.',
  'Curiosity about how customers use what you build.',
  'A habit of leaving things better documented than you found them.',
];

export const COMPANY_FIRST = [
  'Bright',
  'North',
  'Blue',
  'Quiet',
  'Swift',
  'Silver',
  'Open',
  'Clear',
  'Green',
  'Lumen',
  'Atlas',
  'Harbor',
  'Cedar',
  'Copper',
  'Maple',
  'Nimbus',
  'Orbit',
  'Pine',
  'Red',
  'Stone',
  'True',
  'Vector',
  'Wild',
  'Zen',
  'Amber',
  'Bold',
  'Coral',
  'Delta',
  'Ember',
  'Fable',
  'Granite',
  'Helix',
  'Iris',
  'Juniper',
  'Kite',
  'Lattice',
];

export const COMPANY_SECOND = [
  'Labs',
  'Works',
  'Systems',
  'Health',
  'Pay',
  'Data',
  'Cloud',
  'Studio',
  'Logistics',
  'Learning',
  'Energy',
  'Robotics',
  'Analytics',
  'Commerce',
  'Security',
  'Media',
  'Travel',
  'Foods',
  'Mobility',
  'Finance',
];

export const COMPANY_SUFFIX = ['', ' Inc', ' GmbH', ' Ltd', ' Co', ' BV', ' AB', ' SAS'];

export interface RegionProfile {
  regions: string[];
  weight: number;
  currencies: Array<[string, number]>;
  locations: string[];
}

export const REGION_PROFILES: RegionProfile[] = [
  {
    regions: ['Anywhere'],
    weight: 22,
    currencies: [
      ['USD', 8],
      ['EUR', 2],
    ],
    locations: ['Remote'],
  },
  {
    regions: ['USA'],
    weight: 26,
    currencies: [['USD', 1]],
    locations: ['New York, NY', 'Austin, TX', 'San Francisco, CA', 'Chicago, IL', 'Seattle, WA', 'Remote (US)'],
  },
  {
    regions: ['USA', 'Canada'],
    weight: 6,
    currencies: [
      ['USD', 3],
      ['CAD', 1],
    ],
    locations: ['Remote (North America)'],
  },
  { regions: ['Canada'], weight: 5, currencies: [['CAD', 1]], locations: ['Toronto, ON', 'Vancouver, BC', 'Montreal, QC'] },
  {
    regions: ['Europe'],
    weight: 18,
    currencies: [
      ['EUR', 6],
      ['SEK', 1],
      ['PLN', 1],
      ['CHF', 1],
      ['DKK', 1],
    ],
    locations: ['Berlin', 'Amsterdam', 'Paris', 'Lisbon', 'Stockholm', 'Warsaw', 'Zurich', 'Remote (EU)'],
  },
  { regions: ['UK'], weight: 7, currencies: [['GBP', 1]], locations: ['London', 'Manchester', 'Edinburgh'] },
  {
    regions: ['Europe', 'UK'],
    weight: 5,
    currencies: [
      ['EUR', 1],
      ['GBP', 1],
    ],
    locations: ['Remote (Europe)'],
  },
  {
    regions: ['Latin America'],
    weight: 4,
    currencies: [
      ['USD', 2],
      ['BRL', 1],
      ['MXN', 1],
    ],
    locations: ['São Paulo', 'Mexico City', 'Buenos Aires'],
  },
  {
    regions: ['Asia-Pacific'],
    weight: 4,
    currencies: [
      ['AUD', 2],
      ['JPY', 1],
      ['INR', 2],
    ],
    locations: ['Sydney', 'Tokyo', 'Bangalore', 'Singapore'],
  },
  {
    regions: ['Africa'],
    weight: 1,
    currencies: [
      ['USD', 1],
      ['XOF', 1],
    ],
    locations: ['Lagos', 'Nairobi', 'Dakar'],
  },
  { regions: [], weight: 2, currencies: [['USD', 1]], locations: ['Remote'] },
];

/** Rough yearly USD salary midpoints by seniority. */
export const SENIORITY_SALARY_USD: Record<string, number> = { junior: 62000, mid: 95000, senior: 135000, lead: 165000, any: 90000 };
