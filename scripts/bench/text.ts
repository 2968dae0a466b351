/**
 * Word and sentence banks for the benchmark's generated content: digital-health
 * events and news as writers of this site would write them. Only plain
 * Markdown (no `{`, `}` or `<`), so the same text is valid in `.md` and `.mdx`.
 */

export const HEALTH_TAGS = [
  'telehealth', 'interoperability', 'FHIR', 'EHR', 'AI', 'health data', 'privacy', 'cybersecurity',
  'mobile health', 'wearables', 'digital therapeutics', 'public health', 'remote monitoring', 'genomics',
  'health equity', 'patient experience', 'clinical decision support', 'medical devices', 'regulation',
  'reimbursement', 'mental health', 'nursing informatics', 'radiology', 'oncology', 'primary care',
  'population health', 'open source', 'standards', 'HL7', 'DICOM', 'cloud', 'startups', 'funding',
  'accessibility', 'UX', 'research', 'policy', 'workforce', 'hospital IT', 'pharmacy', 'e-prescribing',
  'health literacy', 'machine learning', 'imaging', 'care coordination', 'value-based care', 'diabetes',
  'cardiology', 'pediatrics', 'aging', 'rural health', 'global health', 'vaccines', 'epidemiology',
  'identity', 'consent', 'data sharing', 'APIs', 'patient portals', 'chatbots', 'LLMs', 'robotics',
];

/** confs.tech topic files to the tag a health-tech site would give them. */
export const TOPIC_TAGS: Record<string, string> = {
  accessibility: 'accessibility', android: 'mobile health', api: 'APIs', data: 'health data', devops: 'cloud',
  general: 'conference', identity: 'identity', ios: 'mobile health', iot: 'medical devices', security: 'cybersecurity',
  ux: 'UX', leadership: 'workforce', product: 'product', opensource: 'open source', 'tech-comm': 'health literacy',
  testing: 'quality', sre: 'hospital IT', performance: 'hospital IT', networking: 'hospital IT',
};

export const COUNTRY_ZONES: Record<string, string> = {
  'Germany': 'Europe/Berlin', 'U.K.': 'Europe/London', 'Scotland': 'Europe/London', 'Netherlands': 'Europe/Amsterdam',
  'France': 'Europe/Paris', 'Spain': 'Europe/Madrid', 'Poland': 'Europe/Warsaw', 'Canada': 'America/Toronto',
  'Italy': 'Europe/Rome', 'India': 'Asia/Kolkata', 'Australia': 'Australia/Sydney', 'Denmark': 'Europe/Copenhagen',
  'Switzerland': 'Europe/Zurich', 'Sweden': 'Europe/Stockholm', 'Ukraine': 'Europe/Kyiv', 'Austria': 'Europe/Vienna',
  'Portugal': 'Europe/Lisbon', 'Singapore': 'Asia/Singapore', 'Israel': 'Asia/Jerusalem', 'Brazil': 'America/Sao_Paulo',
  'Czech Republic': 'Europe/Prague', 'Belgium': 'Europe/Brussels', 'Japan': 'Asia/Tokyo', 'Norway': 'Europe/Oslo',
  'South Africa': 'Africa/Johannesburg', 'Romania': 'Europe/Bucharest', 'Hungary': 'Europe/Budapest',
  'Croatia': 'Europe/Zagreb', 'Lithuania': 'Europe/Vilnius', 'Greece': 'Europe/Athens', 'Ireland': 'Europe/Dublin',
  'Colombia': 'America/Bogota', 'United Arab Emirates': 'Asia/Dubai', 'Serbia': 'Europe/Belgrade',
  'Bulgaria': 'Europe/Sofia', 'Finland': 'Europe/Helsinki', 'Latvia': 'Europe/Riga', 'China': 'Asia/Shanghai',
  'New Zealand': 'Pacific/Auckland', 'Turkey': 'Europe/Istanbul', 'Taiwan': 'Asia/Taipei', 'South Korea': 'Asia/Seoul',
  'Malaysia': 'Asia/Kuala_Lumpur', 'Philippines': 'Asia/Manila', 'Argentina': 'America/Argentina/Buenos_Aires',
  'Hong Kong': 'Asia/Hong_Kong', 'Thailand': 'Asia/Bangkok', 'Kenya': 'Africa/Nairobi', 'Nigeria': 'Africa/Lagos',
  'Mexico': 'America/Mexico_City', 'Chile': 'America/Santiago', 'Indonesia': 'Asia/Jakarta', 'Nepal': 'Asia/Kathmandu',
  'Vietnam': 'Asia/Ho_Chi_Minh',
};

/** US cities outside the site's own zone (America/New_York). */
export const US_CITY_ZONES: Record<string, string> = {
  'San Francisco': 'America/Los_Angeles', 'Los Angeles': 'America/Los_Angeles', 'Seattle': 'America/Los_Angeles',
  'San Diego': 'America/Los_Angeles', 'Portland': 'America/Los_Angeles', 'Las Vegas': 'America/Los_Angeles',
  'San Jose': 'America/Los_Angeles', 'Oakland': 'America/Los_Angeles', 'Chicago': 'America/Chicago',
  'Austin': 'America/Chicago', 'Dallas': 'America/Chicago', 'Houston': 'America/Chicago', 'Minneapolis': 'America/Chicago',
  'Nashville': 'America/Chicago', 'Kansas City': 'America/Chicago', 'New Orleans': 'America/Chicago',
  'St. Louis': 'America/Chicago', 'Madison': 'America/Chicago', 'Denver': 'America/Denver', 'Boulder': 'America/Denver',
  'Salt Lake City': 'America/Denver', 'Phoenix': 'America/Phoenix', 'Honolulu': 'Pacific/Honolulu',
};

export const CITIES: { city: string; country: string; zone: string }[] = [
  { city: 'Boston', country: 'U.S.A.', zone: 'America/New_York' },
  { city: 'New York', country: 'U.S.A.', zone: 'America/New_York' },
  { city: 'Baltimore', country: 'U.S.A.', zone: 'America/New_York' },
  { city: 'Nashville', country: 'U.S.A.', zone: 'America/Chicago' },
  { city: 'Chicago', country: 'U.S.A.', zone: 'America/Chicago' },
  { city: 'Denver', country: 'U.S.A.', zone: 'America/Denver' },
  { city: 'San Francisco', country: 'U.S.A.', zone: 'America/Los_Angeles' },
  { city: 'Seattle', country: 'U.S.A.', zone: 'America/Los_Angeles' },
  { city: 'Toronto', country: 'Canada', zone: 'America/Toronto' },
  { city: 'London', country: 'U.K.', zone: 'Europe/London' },
  { city: 'Berlin', country: 'Germany', zone: 'Europe/Berlin' },
  { city: 'Amsterdam', country: 'Netherlands', zone: 'Europe/Amsterdam' },
  { city: 'Copenhagen', country: 'Denmark', zone: 'Europe/Copenhagen' },
  { city: 'Helsinki', country: 'Finland', zone: 'Europe/Helsinki' },
  { city: 'Tallinn', country: 'Estonia', zone: 'Europe/Tallinn' },
  { city: 'Barcelona', country: 'Spain', zone: 'Europe/Madrid' },
  { city: 'Singapore', country: 'Singapore', zone: 'Asia/Singapore' },
  { city: 'Hà Nội', country: 'Vietnam', zone: 'Asia/Ho_Chi_Minh' },
  { city: 'Thành phố Hồ Chí Minh', country: 'Vietnam', zone: 'Asia/Ho_Chi_Minh' },
  { city: 'Bengaluru', country: 'India', zone: 'Asia/Kolkata' },
  { city: 'Nairobi', country: 'Kenya', zone: 'Africa/Nairobi' },
  { city: 'Sydney', country: 'Australia', zone: 'Australia/Sydney' },
  { city: 'Auckland', country: 'New Zealand', zone: 'Pacific/Auckland' },
  { city: 'São Paulo', country: 'Brazil', zone: 'America/Sao_Paulo' },
  { city: 'Tokyo', country: 'Japan', zone: 'Asia/Tokyo' },
];

export const ORGANIZERS = [
  'HIMSS', 'HL7 International', 'Digital Health Society', 'Health Data Alliance', 'Open Health Network',
  'Telehealth Collaborative', 'Nursing Informatics Group', 'Public Health Informatics Institute',
  'Patient Voices Forum', 'Health Equity Lab', 'Clinical AI Working Group', 'Regional Health Information Exchange',
  'University Hospital Innovation Office', 'Ministry of Health Digital Unit', 'mHealth Founders Circle',
];

export const EVENT_KINDS = [
  'Summit', 'Forum', 'Conference', 'Symposium', 'Workshop', 'Hackathon', 'Meetup', 'Roundtable', 'Bootcamp', 'Expo',
];

export const SERIES_KINDS = [
  'Webinar', 'Office Hours', 'Journal Club', 'Study Group', 'Community Call', 'Lunch and Learn', 'Clinic Demo Day',
];

export const SUBJECTS = [
  'FHIR for Beginners', 'Remote Patient Monitoring', 'AI in Radiology', 'Clinical Data Quality', 'Patient Portals',
  'Health Data Privacy', 'Telehealth Reimbursement', 'Interoperability in Practice', 'Digital Mental Health',
  'Wearables and Outcomes', 'Cybersecurity for Hospitals', 'Open Source EHRs', 'Population Health Analytics',
  'Consent Management', 'E-Prescribing', 'Genomic Data Sharing', 'Accessible Health Apps', 'LLMs in the Clinic',
  'Rural Telehealth', 'Medical Device Software', 'Care Coordination Tools', 'Public Health Dashboards',
];

export const PERSON_FIRST = [
  'Ana', 'Bao', 'Chidi', 'Dana', 'Elif', 'Farah', 'Gabriel', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nadia',
  'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Thao', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe',
];

export const PERSON_LAST = [
  'Lima', 'Tran', 'Okafor', 'Schmidt', 'Yılmaz', 'Haddad', 'Rossi', 'Sato', 'Petrov', 'Chen', 'Mensah', 'Novak',
  'García', 'Nguyen', 'Khan', 'Patel', 'Murphy', 'Silva', 'Larsen', 'Pham', 'Iyer', 'Dubois', 'Wang', 'López',
];

export const CATEGORIES = ['News', 'News', 'News', 'Analysis', 'Interview', 'Policy', 'Research', 'Opinion', 'Case study'];

export const NEWS_SUBJECTS = [
  'hospital network', 'state health department', 'telehealth startup', 'regional health information exchange',
  'children\'s hospital', 'community clinic group', 'national health service', 'insurer', 'medical school',
  'rural health cooperative', 'public health agency', 'research consortium', 'nursing association',
];

export const NEWS_VERBS = [
  'launches', 'expands', 'pilots', 'pauses', 'publishes results of', 'opens', 'funds', 'evaluates', 'rolls out',
  'rethinks', 'standardises', 'modernises',
];

export const NEWS_OBJECTS = [
  'a FHIR API for patient records', 'remote monitoring for heart failure patients', 'an AI triage assistant',
  'a shared consent registry', 'video visits in rural clinics', 'open-source scheduling software',
  'a public dashboard of wait times', 'e-prescribing across the region', 'a mental health chat service',
  'a data-sharing agreement with researchers', 'its patient portal', 'a wearable study for older adults',
  'cybersecurity training for clinical staff', 'a national immunisation record', 'interoperable referrals',
];

export const EVENT_INTRO = [
  'Join clinicians, engineers and policy makers for a day of talks and hands-on sessions on how digital tools change care.',
  'This gathering brings together hospital IT leaders, startups and patient advocates to compare notes on what works.',
  'Practitioners share what they learned from putting new health software in front of real patients and staff.',
  'A practical program for teams building and buying health technology, with time for questions after every session.',
  'Researchers and product teams present recent work on data quality, usability and outcomes in digital health.',
  'Expect candid case studies, live demos and small-group discussions rather than sales pitches.',
];

export const EVENT_DETAIL = [
  'Sessions cover interoperability, privacy by design, procurement and the evidence regulators ask for.',
  'The afternoon track focuses on accessibility and on designing for patients with low health literacy.',
  'Speakers include nurses, data scientists and chief medical information officers from public and private providers.',
  'Bring a laptop: the workshop uses a public FHIR test server and synthetic patient data.',
  'Talks are recorded and published a few weeks later; slides are shared on the event page.',
  'Continuing education credits are available for attending clinicians.',
  'Student and community tickets are available; ask the organisers about travel grants.',
  'The venue is step-free and live captions are provided for every talk in the main room.',
  'Lunch and coffee are included; please tell the organisers about dietary needs when you register.',
  'A hybrid stream is available for those who cannot travel, with moderated questions from online attendees.',
];

export const AGENDA_ITEMS = [
  'Opening keynote', 'Panel: data sharing without losing trust', 'Lightning talks from local startups',
  'Workshop: mapping a clinical workflow', 'Case study: a regional telehealth rollout', 'Networking lunch',
  'Fireside chat with a chief nursing informatics officer', 'Demo hour', 'Closing remarks',
  'Breakout: procurement and open standards', 'Hands-on lab: SMART on FHIR apps', 'Patient panel',
];

export const SERIES_INTRO = [
  'A recurring online session for people working on health software, with a short talk followed by open questions.',
  'Each session takes one topic, one guest and one real problem from a clinic, and works through it together.',
  'An informal call for the community: share what you are building, ask for feedback and hear about new standards work.',
];

export const NEWS_PARAGRAPHS = [
  'Officials said the change follows two years of pilots in smaller clinics, where staff reported fewer duplicate tests and shorter waits for results.',
  'Patient advocates welcomed the move but asked for plain-language explanations of how data is stored, who can see it and how to opt out.',
  'The project uses open standards so that other providers can connect without custom contracts, a point several vendors disputed.',
  'Independent researchers will evaluate the programme over eighteen months, comparing outcomes with a group of clinics that have not yet joined.',
  'Clinicians involved in the pilot said the biggest gains came not from the software itself but from redesigning the workflow around it.',
  'Funding for the first phase comes from a public grant; later phases depend on whether the evaluation shows measurable benefits.',
  'Privacy regulators were consulted early, and the published impact assessment lists the remaining risks and how they are mitigated.',
  'Smaller practices said they lack the staff to integrate new systems and asked for shared technical support rather than more guidance documents.',
  'The announcement comes as several countries revise their rules for software as a medical device, which could affect similar tools.',
  'Early figures show adoption highest among younger patients and in urban areas, a gap the organisers say they will address with community outreach.',
];

export const HEADINGS = ['Background', 'What changes', 'What we learned', 'Next steps', 'Why it matters', 'Open questions', 'How to take part'];
