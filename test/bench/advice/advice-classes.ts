import { AdviceAlertCriteria, AdviceResume } from '@app/advice';

export interface AdviceClass {
  name: string;
  resume: AdviceResume | null;
  alerts: AdviceAlertCriteria[];
}

const job = (title: string) => ({ title });

/** Profiles of the kinds of seekers the board has, from narrow to broad. */
export const ADVICE_CLASSES: AdviceClass[] = [
  {
    name: 'backend (5 skills, 3 titles)',
    resume: {
      headline: 'Senior Backend Engineer',
      location: 'Berlin, Europe',
      skills: ['Go', 'Kubernetes', 'gRPC', 'Docker', 'PostgreSQL'],
      experience: [job('Backend Engineer'), job('Go Engineer'), job('Software Engineer')],
    },
    alerts: [],
  },
  {
    name: 'frontend + alert (salary, remote)',
    resume: {
      headline: 'Frontend Developer',
      location: 'Austin, TX, USA',
      skills: ['TypeScript', 'React', 'Vue', 'GraphQL', 'Accessibility', 'Figma'],
      experience: [job('Frontend Engineer'), job('UI Designer')],
    },
    alerts: [{ q: 'react', remote: true, salaryMin: 90000, region: 'USA' }],
  },
  {
    name: 'data (8 skills)',
    resume: {
      headline: 'Data Engineer',
      location: 'London, UK',
      skills: ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Kafka', 'Snowflake', 'AWS'],
      experience: [job('Data Engineer'), job('Analytics Engineer'), job('Data Analyst')],
    },
    alerts: [{ category: 'data', salaryMin: 60000, currency: 'GBP' }],
  },
  {
    name: 'broad (20 skills, 5 titles)',
    resume: {
      headline: 'Staff Software Engineer and Engineering Manager',
      location: 'Remote, Europe',
      skills: [
        'TypeScript',
        'Node.js',
        'React',
        'Go',
        'Rust',
        'Python',
        'Java',
        'Kotlin',
        'Swift',
        'Postgres',
        'GraphQL',
        'AWS',
        'Ruby',
        'Vue',
        'C++',
        'Microservices',
        'Kubernetes',
        'Terraform',
        'Docker',
        'Linux',
      ],
      experience: [
        job('Staff Software Engineer'),
        job('Engineering Manager'),
        job('Platform Engineer'),
        job('Java Developer'),
        job('Python Developer'),
      ],
    },
    alerts: [{ region: 'Europe' }, { remote: true }],
  },
  {
    name: 'no resume, two alerts',
    resume: null,
    alerts: [
      { q: 'site reliability', tags: ['kubernetes'] },
      { q: 'devops engineer', region: 'Europe' },
    ],
  },
];
