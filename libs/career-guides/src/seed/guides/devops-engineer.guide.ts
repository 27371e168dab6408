import { SeedGuide } from '../seed-guide.types';

/*
 * Demo content written for this project. The BLS has no DevOps occupation; growth follows its nearest
 * one (software developers, 2023 data) and the salary figures are rounded estimates for demo purposes.
 */
export const devopsEngineerGuide: SeedGuide = {
  slug: 'devops-engineer',
  title: 'DevOps Engineer Career Path Guide',
  summary:
    'DevOps engineers shorten the road from a developer\u2019s commit to a running, observable service. They automate builds, infrastructure and releases, and they make sure that when something breaks in production the team finds out first and recovers quickly.',
  stats: {
    growthRatePct: 17,
    medianSalary: 125000,
    salaryCurrency: 'USD',
    salaryRange: { min: 90000, max: 180000 },
    salaryByLevel: { entry: 95000, mid: 125000, senior: 160000 },
    topEarnersFrom: 180000,
    remoteFriendly: true,
    marketDemand: 'high',
    demandNote:
      'Cloud adoption and the push for frequent, safe releases keep demand high, especially for people who combine automation with solid Linux and networking knowledge.',
    workLifeBalance: { stressLevel: 'high', balanceRating: 'fair' },
  },
  responsibilities: [
    'Build and maintain CI/CD pipelines that test and deploy every change.',
    'Describe cloud infrastructure as code and review changes to it like any other code.',
    'Run container platforms and keep them patched and right-sized.',
    'Set up metrics, logs, traces and alerts that point at causes, not symptoms.',
    'Lead incident response and write blameless post-incident reviews.',
    'Control cloud costs and remove idle resources.',
    'Harden systems: secrets management, least privilege and dependency updates.',
  ],
  techStack: [
    'Linux',
    'Bash',
    'Git',
    'Docker',
    'Kubernetes',
    'Terraform',
    'Ansible',
    'GitHub Actions',
    'Prometheus',
    'Grafana',
    'AWS',
    'Google Cloud',
  ],
  skills: {
    education:
      'DevOps engineers arrive from system administration, software development and IT operations alike; a degree in computing helps but is rarely required.\n\nCloud certifications can open doors for a first role, yet hiring teams weigh hands-on experience with real infrastructure most heavily.',
    technical: [
      'Linux administration',
      'Networking and DNS',
      'Infrastructure as code',
      'Container orchestration',
      'CI/CD design',
      'Observability tooling',
      'Scripting in Bash or Python',
      'Cloud security basics',
    ],
    soft: ['Composure during incidents', 'Teaching others', 'Systems thinking', 'Prioritisation', 'Clear written runbooks'],
  },
  careerTiers: [
    {
      title: 'Junior DevOps Engineer',
      experience: '0-2 years',
      description: 'Maintains pipelines and scripts, handles routine infrastructure requests and shadows the on-call rotation.',
    },
    {
      title: 'DevOps Engineer',
      experience: '2-5 years',
      description: 'Designs deployment flows, manages clusters and cloud accounts and joins the on-call rotation as a full member.',
    },
    {
      title: 'Senior DevOps / Site Reliability Engineer',
      experience: '5-8 years',
      description: 'Defines reliability targets with product teams, leads major incidents and plans platform migrations.',
    },
    {
      title: 'Platform Engineering Lead',
      experience: '8+ years',
      description: 'Owns the internal platform as a product, sets its roadmap and grows a team that serves every developer in the company.',
    },
  ],
  sections: [
    {
      key: 'core-functions',
      title: 'What the Work Is Really About',
      body: 'DevOps is less a toolset than a habit: automate the second time you do something, measure before you change it and make the safe path the easy one. The engineer in this role builds the paved roads that product teams drive on.\n\nA large part of the job is listening. The best pipeline is the one developers actually want to use, so understanding their friction matters as much as knowing Kubernetes.',
    },
    {
      key: 'work-setting',
      title: 'Where DevOps Engineers Work',
      body: 'Any organisation that runs its own software needs this work, from start-ups on a single cloud account to enterprises with hybrid data centres. Many teams are fully remote and share on-call duty across time zones.',
    },
    {
      key: 'path',
      title: 'Getting Into DevOps',
      body: '- Get comfortable on the Linux command line and with networking basics.\n- Containerise an application and deploy it with a pipeline you wrote.\n- Describe the same environment with Terraform and tear it down again.\n- Add monitoring and an alert, then break something on purpose and watch the alert fire.',
    },
    {
      key: 'day-in-the-life',
      title: 'A Typical Day',
      body: '### Morning\n\nReview overnight alerts and the cost dashboard, then triage infrastructure requests from product teams.\n\n### Afternoon\n\nWork on a planned improvement, such as faster builds or a database upgrade, and pair with a developer on a failing deployment.',
    },
    {
      key: 'work-life-balance',
      title: 'Balance and Stress',
      body: 'On-call weeks can be demanding, and major incidents rarely respect office hours. Well-run teams pay for on-call time, cap the number of pages and treat every night-time alert as a bug to remove.',
    },
    {
      key: 'growth-paths',
      title: 'Where the Role Can Lead',
      body: 'Common next steps are site reliability engineering, cloud architecture, security engineering or leading a platform team that treats developers as its customers.',
    },
  ],
  caseStudies: [
    {
      title: 'From Weekly Releases to Daily Deploys',
      body: 'A software company released once a week after a manual checklist. The team automated the checklist as pipeline stages, added canary releases and rolled back automatically when error rates rose.',
      takeaway: 'Smaller releases are safer releases; automation is what makes them affordable.',
    },
    {
      title: 'Taming an Alert Storm',
      body: 'An operations team received hundreds of alerts a week and had started to ignore them. They deleted alerts nobody acted on and replaced host-level checks with user-facing error budgets.',
      takeaway: 'Every alert should demand a human action; anything else belongs on a dashboard.',
    },
  ],
  faqs: [
    {
      question: 'Is DevOps a job title or a culture?',
      answer:
        'Both. The idea is shared responsibility for running software, but many companies hire dedicated engineers to build the tooling that makes it possible.',
    },
    {
      question: 'Do I need to be a programmer to work in DevOps?',
      answer:
        'You need to write solid scripts and read application code comfortably; deep product development experience is a plus, not a requirement.',
    },
    {
      question: 'Which cloud provider should I learn?',
      answer: 'Start with the one most employers in your area use, often AWS; the concepts carry over to the others.',
    },
    {
      question: 'How stressful is on-call duty?',
      answer: 'It depends on the team. Mature teams keep pages rare and compensate on-call time; ask about both in interviews.',
    },
  ],
  pros: ['High demand and good pay', 'Broad view of the whole system', 'Automation work with lasting impact', 'Remote-friendly teams'],
  cons: [
    'On-call duty and night-time incidents',
    'Blame can land on infrastructure by default',
    'Large and changing tool landscape',
    'Success is often invisible',
  ],
  commonMistakes: [
    'Automating a broken process instead of fixing it first.',
    'Alerting on every metric.',
    'Clicking changes in the cloud console that never reach the code.',
    'Keeping secrets in pipeline variables without rotation.',
  ],
  relatedRoles: ['Site Reliability Engineer', 'Platform Engineer', 'Cloud Architect', 'Backend Developer'],
  jobCategory: 'devops',
  tags: ['kubernetes', 'terraform', 'aws', 'docker', 'linux', 'observability'],
  sources: ['U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Software Developers (nearest published occupation)'],
};
