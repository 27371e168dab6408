import { ResumeInput } from '../resume-input';

export interface DemoPerson {
  name: string;
  email: string;
  resume: ResumeInput;
}

/** Five fictional people for the talent directory; their skills overlap the demo listings' tags. */
export const DEMO_TALENT: DemoPerson[] = [
  {
    name: 'Maren Oduya',
    email: 'maren.oduya@talent.jobboard.local',
    resume: {
      headline: 'Backend engineer who likes boring, correct payment systems',
      summary:
        'Seven years of **TypeScript** and **Postgres** behind checkout and invoicing flows.\n\n' +
        'I care about idempotent APIs, careful migrations and runbooks that someone woken at 3 am can follow.',
      location: 'Lisbon, Portugal (remote in Europe)',
      skills: ['TypeScript', 'Node.js', 'Postgres', 'Kafka', 'AWS'],
      experience: [
        {
          title: 'Senior Backend Engineer',
          company: 'Copperleaf Pay',
          start: '2021-03',
          end: null,
          description: 'Led the move from nightly batch settlement to an event-driven ledger; cut reconciliation gaps to zero.',
        },
        {
          title: 'Backend Engineer',
          company: 'Harbourline Travel',
          start: '2017-09',
          end: '2021-02',
          description: 'Built the booking and refund services used by 40 partner agencies.',
        },
      ],
      education: [{ school: 'University of Porto', degree: 'MSc Informatics', end: '2017-07' }],
      links: [{ label: 'Personal site', url: 'https://maren.example.com' }],
      visibility: 'public',
    },
  },
  {
    name: 'Tomasz Reyes-Lind',
    email: 'tomasz.reyes-lind@talent.jobboard.local',
    resume: {
      headline: 'Product designer for tools people use all day',
      summary:
        'I design dense, keyboard-friendly interfaces and test them with the people who will live in them.\n\n' +
        'Comfortable owning a design system from tokens to documentation.',
      location: 'Berlin, Germany',
      skills: ['Figma', 'Design Systems', 'User Research', 'Prototyping', 'Accessibility'],
      experience: [
        {
          title: 'Lead Product Designer',
          company: 'Inkwell Docs',
          start: '2020-01',
          end: null,
          description: 'Built the design system shared by four product teams and ran monthly usability sessions.',
        },
      ],
      education: [{ school: 'Weißensee Academy of Art', degree: 'BA Product Design', end: '2015-06' }],
      links: [],
      visibility: 'public',
    },
  },
  {
    name: 'Aiyana Brooks',
    email: 'aiyana.brooks@talent.jobboard.local',
    resume: {
      headline: 'Data engineer turning messy event streams into tables analysts trust',
      summary: 'Python, SQL and dbt every day; Airflow when it has to be. I write the tests before the dashboard goes live.',
      location: 'Toronto, Canada',
      skills: ['Python', 'SQL', 'dbt', 'Airflow', 'Snowflake'],
      experience: [
        {
          title: 'Data Engineer',
          company: 'Maplewood Grocers',
          start: '2019-05',
          end: null,
          description: 'Rebuilt the sales warehouse in dbt; the weekly report now runs in minutes instead of hours.',
        },
      ],
      education: [{ school: 'University of Waterloo', degree: 'BMath Statistics', end: '2019-04' }],
      links: [{ label: 'GitHub', url: 'https://github.example.com/aiyana' }],
      visibility: 'public',
    },
  },
  {
    name: 'Kwame Asante-Hill',
    email: 'kwame.asante-hill@talent.jobboard.local',
    resume: {
      headline: 'Platform engineer: Kubernetes, Terraform and fewer pager alerts',
      summary: 'I build the paved road for product teams: clusters, pipelines and observability that explain themselves.',
      location: 'Manchester, UK',
      skills: ['Kubernetes', 'Terraform', 'Go', 'Observability', 'GCP'],
      experience: [
        {
          title: 'Platform Engineer',
          company: 'Brightwater Energy',
          start: '2022-02',
          end: null,
          description: 'Moved 60 services onto one GKE platform with per-team cost reports.',
        },
        {
          title: 'Site Reliability Engineer',
          company: 'Fernbank Media',
          start: '2018-08',
          end: '2022-01',
          description: null,
        },
      ],
      education: [],
      links: [],
      visibility: 'public',
    },
  },
  {
    name: 'Lucía Marchetti',
    email: 'lucia.marchetti@talent.jobboard.local',
    resume: {
      headline: 'Content designer and technical writer',
      summary: 'Plain-language docs, UI copy and API references. I have rewritten onboarding flows that halved support tickets.',
      location: 'Remote (Spain)',
      skills: ['Content Design', 'Documentation', 'Plain Language', 'Markdown', 'API Docs'],
      experience: [
        {
          title: 'Senior Content Designer',
          company: 'Northstar Banking',
          start: '2020-10',
          end: null,
          description: 'Owned the words of the mobile app and its help centre in English and Spanish.',
        },
      ],
      education: [{ school: 'University of Bologna', degree: 'BA Linguistics', end: '2014-07' }],
      links: [],
      visibility: 'public',
    },
  },
];
