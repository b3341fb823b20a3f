import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const fw = framework();
const general = createNormalizer(fw);
const product = createNormalizer(fw, { context: 'product' });
const read = (title: string, n = general): string => reading(n(title));

// Fourth widening round: early-career boards, with invented titles from several industries.
describe('fellowships', () => {
  it.each([
    // The member of a fellowship programme: an early-career rank, as a rotational or graduate scheme is.
    ['Product Management Fellow - Climate Nonprofit', 'product-management 1 ic'],
    ['Product Marketing Fellowship 2027 (Consumer Health)', 'product-marketing 1 ic'],
    ['Product Analytics Fellow, Public Transit Data', 'product-analytics 1 ic'],
    ['Product Owner Fellowship – Digital Government', 'product-owner 1 ic'],
    // A summer fellowship is a student's internship.
    ['Summer Product Fellow - Agritech Fund', 'product-management 0 ic'],
    ['Product Management Fellow (Summer 2027), Biotech', 'product-management 0 ic'],
    // APM stays the associate it was; a fellowship without a product word is no product role.
    ['APM Fellow', 'product-management 1 ic'],
    ['Research Fellow - Product Safety Lab', 'none'],
    ['Teaching Fellow, Summer School', 'none'],
    // Before the title, "Fellow" is the top individual rank of some ladders: only a company's framework says so.
    ['Fellow Product Manager', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('reads a fellow of product shorthand in the product context', () => {
    expect(read('PM Fellow - Voter Registration', product)).toBe('product-management 1 ic');
  });
});

describe('a product discipline named beside an internship', () => {
  it.each([
    // The discipline an apprenticeship, placement or student year is in: a product internship, band 0.
    ['Level 4 Apprenticeship - Product Management (Retail)', 'product-management 0 ic'],
    ['Degree Apprenticeship: Product Marketing, Telecoms', 'product-marketing 0 ic'],
    ['Year in Industry – Product Analytics (Pharma)', 'product-analytics 0 ic'],
    ['Year in Industry Product Owner, Insurance', 'product-owner 0 ic'],
    ['Industrial Placement Year: Product Management (Aerospace)', 'product-management 0 ic'],
    ['Marketing Apprentice - Product Marketing', 'product-marketing 0 ic'],
    // Another job still takes a discipline that only qualifies it.
    ['Credit Analyst (Product Management)', 'none'],
    ['Year in Industry (Mechanical Engineering)', 'none'],
    // Food science stays food science, whichever segment names the intern.
    ['Product Development and Food Science Intern', 'none'],
    ['Product Development - Food Science Intern', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Sixth round: internship and new-grad boards, with invented titles.
describe('the branch of a scheme, theses and freshers', () => {
  it.each([
    // A track, stream or pathway after the discipline is the scheme's branch, not a job it heads.
    ['Graduate Programme - Product Marketing Stream (2029)', 'product-marketing 1 ic'],
    ['Rotational Program: Product Analytics Track', 'product-analytics 1 ic'],
    ['Internship Program – Product Management Pathway, Agri-Food Exports', 'product-management 0 ic'],
    // A thesis written at the company is an internship in all but name.
    ['Thesis - Product Owner Pharmacovigilance App', 'product-owner 0 ic'],
    ['Masterthesis Produktmarketing (Solarspeicher)', 'product-marketing 0 ic'],
    // Indian boards' fresher is a new graduate.
    ['Freshers Drive - Associate Product Manager (B.Tech 2029)', 'product-management 1 ic'],
    ['Product Marketing Fresher, Ed-tech', 'product-marketing 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // Without a scheme the track is a word of the job; look-alikes stay another job.
    ['Graduate Programme - Project Management Track'],
    ['Race Track Operations Intern'],
    ['Thesis Student, Production Scheduling'],
    ['Fresher Sales Executive - Two Wheelers'],
  ])('%s stays another job', (title) => expect(read(title)).toBe('none'));
});

// Invented titles in the style of early-careers boards: the scheme one joins names the rank.
describe('an early-career scheme written as two words is one rank', () => {
  it.each([
    ['Product Owner Degree Apprenticeship (Level 6) – Water Utility', 'product-owner 0 ic'],
    ['Fresh Graduate – Product Analyst (Jakarta)', 'product-analytics 1 ic'],
    ['Graduate Recruitment 2029 – Product Marketing Manager', 'product-marketing 1 ic'],
    ['Graduate Open Recruitment – Product Owner (Busan)', 'product-owner 1 ic'],
    ['Job Shadowing Day – Product Operations, Logistics', 'product-operations 0 ic'],
    ['Insight Day – Product Management (Insurance)', 'product-management 0 ic'],
    ['Jóvenes Profesionales – Product Owner (Bogotá)', 'product-owner 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Graduate Recruitment Coordinator', 'none'],
    ['Degree Apprenticeship – Production Engineering', 'none'],
    ['Job Shadowing – Project Controls', 'none'],
    ['Fresh Produce Stock Controller', 'none'],
    ['Product Insights Manager, Beverages', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Ninth general round: the internship and graduate words of boards outside the US and Western
// Europe, invented titles.
describe('internship and graduate schemes of other countries', () => {
  it.each([
    // South Africa's learnership, the Philippines' OJT, East Africa's industrial attachment: interns.
    ['Learnership – Product Analyst (Retail Bank)', 'product-analytics 0 ic'],
    ['OJT Trainee: Product Owner (Cebu)', 'product-owner 0 ic'],
    ['Industrial Attachment, Product Marketing – Kampala', 'product-marketing 0 ic'],
    // "Graduate Development Programme": a graduate scheme, as "Graduate Programme" is.
    ['Graduate Development Programme – Product Analytics (Doha)', 'product-analytics 1 ic'],
    // The Gulf's programmes for nationals say who may apply, not the job.
    ['Saudization Graduate Programme – Product Manager', 'product-management 1 ic'],
    ['Omanisation Trainee – Product Operations', 'product-operations 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Learnership – Production Operator (Mining)', 'none'],
    ['OJT Coordinator', 'none'],
    ['Industrial Attachment – Project Engineering', 'none'],
    ['Graduate Development Programme – Programme Management', 'none'],
    ['Emiratisation Manager', 'none'],
    ['Development Programme Manager', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Tenth general round: the styles of a real internship and new-grad board, with invented titles.
describe('the cohort after the team, at the end of a later segment', () => {
  it.each([
    ['Product Manager – Rail Ticketing Intern', 'product-management 0 ic'],
    ['Product Owner - Claims Portal Co-op - Winter 2028', 'product-owner 0 ic'],
    ['Product Analyst: Casino Loyalty Intern', 'product-analytics 0 ic'],
    ['Product Marketing Manager, Solar Inverters Apprentice', 'product-marketing 0 ic'],
    ['Product Manager – New Grads 2028 (Freight)', 'product-management 1 ic'],
    ['Product Analyst – Recent Graduates', 'product-analytics 1 ic'],
    ['Product Manager - Early Careers - Pharmacy Benefits', 'product-management 1 ic'],
    ['Product Owner – Early in Career – Council Tax', 'product-owner 1 ic'],
    ['Associate Product Manager – Hotel Bookings Intern', 'product-management 0 ic'],
    // Before the title, in the first segment: the intake the job is in.
    ['Early Career Programme 2028: Product Management', 'product-management 1 ic'],
    ['2028 Grads - Product Manager, Insurance Quotes', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // Users and areas, not the holder's cohort; a rank of its own wins.
    ['Product Manager, Prospective Students', 'product-management 2 ic'],
    ['Product Manager - Data Entry', 'product-management 2 ic'],
    ['Product Manager - Intern Experience', 'product-management 2 ic'],
    ['Senior Product Manager - Graduate Recruitment Tools', 'product-management 3 ic'],
    ['Senior Product Manager – Retail Intern', 'product-management 3 ic'],
    // An internship of another discipline before the bare department stays that internship.
    ['Hardware Engineering Intern - Firmware - Product Platform', 'none'],
    ['Level 4 Apprenticeship - Product Management (Housing Association)', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('a roman grade after a dash or a grade word', () => {
  it.each([
    ['Product Analyst - I - Freight Billing', 'product-analytics 1 ic'],
    ['Product Owner Level II - Casino Systems', 'product-owner 2 ic'],
    ['Product Analyst – III – Energy Trading', 'product-analytics 3 ic'],
    ['Product Manager Grade I, Hospital Scheduling', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('the cohort closing the title\'s own segment, and a spaced co-op', () => {
  it.each([
    ['Product Analyst Fraud Insights Intern', 'product-analytics 0 ic'],
    ['Payments Product Manager / Intern', 'product-management 0 ic'],
    ['Product Owner – Co Op - Fall 2028 (Water Utility)', 'product-owner 0 ic'],
    ['Product Manager, Early Careers', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // A careers site, interns as users, and a co-operative's shop are no cohort.
    ['Product Manager – Careers', 'product-management 2 ic'],
    ['Product Manager for Interns', 'product-management 2 ic'],
    ['Senior Product Manager Payments Intern', 'product-management 3 ic'],
    ['Op Manager', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('the discipline first, then the team and the intern', () => {
  it.each([
    ['Product Marketing – Tabletop Games Intern', 'product-marketing 0 ic'],
    ['2028 Product Management – Grid Forecasting Intern', 'product-management 0 ic'],
    ['Product Analytics – Claims Internship/Co-op', 'product-analytics 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // An intern of another discipline, or interns named as users, stay no product role.
    ['Product Management - Mechanical Engineering Intern', 'none'],
    ['Product Marketing – Sales Intern', 'none'],
    ['Product Management – Clinic Interns', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Twelfth general round: boards outside the US, with invented titles from several industries.
describe('an intake named after its industry or team', () => {
  it.each([
    ['Rail Graduate Programme 2028 – Product Owner', 'product-owner 1 ic'],
    ['Pharma Graduate Scheme: Product Analyst', 'product-analytics 1 ic'],
    ['Young Graduate – Product Manager (Tallinn)', 'product-management 1 ic'],
    ['Broadband Graduate - Product Marketing', 'product-marketing 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // A graduate of another job, or no product phrase after the intake, is no product role.
    ['Supermarket Graduate Programme – Project Manager', 'none'],
    ['Mining Graduate Scheme - Production Engineer', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('a place after the cohort', () => {
  it.each([
    ['Product Manager, Summer Intern Norway', 'product-management 0 ic'],
    ['Product Owner - Intern Kraków 2028', 'product-owner 0 ic'],
    ['Product Analyst – Intern Calgary (Winter 2028)', 'product-analytics 0 ic'],
    ['Product Manager (Grad Level) - Home Insurance', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // A graduate word before what the product serves names no cohort.
    ['Product Manager – Graduate Jobs Marketplace', 'product-management 2 ic'],
    ['Product Manager, Intern Housing Portal', 'product-management 2 ic'],
    // Another segment after the unknown word: it was no place.
    ['Product Owner - Intern Conversion - Logistics Suite', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('a graduate or internship scheme around the discipline', () => {
  it.each([
    ['Graduate Product Management Programme 2028 (Utilities)', 'product-management 1 ic'],
    ['Graduate Product Marketing Scheme - Drinks', 'product-marketing 1 ic'],
    ['Intern Product Analytics Program – Streaming', 'product-analytics 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // Another discipline between, or the programme word inside the job, is no product scheme.
    ['Graduate Project Management Programme', 'none'],
    ['Graduate Product Program Manager', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('internships of other countries, twelfth round', () => {
  it.each([
    // Australia's summer vacationer; Italian internships for credit or paid.
    ['Summer Vacationer – Product Management (Perth)', 'product-management 0 ic'],
    ['Vacationer Program 2028 - Product Analyst, Mining', 'product-analytics 0 ic'],
    ['Stage curriculare Product Owner - Assicurazioni', 'product-owner 0 ic'],
    // A French internship before an entry rank and the job.
    ['Stage Assistant Chef de Produit Électroménager (H/F)', 'product-management 0 ic'],
    ['Stage Junior Product Owner - Mutuelle', 'product-owner 0 ic'],
    ['Stage extracurriculare Product Marketing (6 mesi) - Food', 'product-marketing 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Summer Vacationer - Civil Engineering', 'none'],
    ['Stage curriculare Project Manager - Eventi', 'none'],
    ['Stage Assistant Manager', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('the discipline of an internship named after "for", in brackets or after its sector', () => {
  it.each([
    ['Internship for Product Management - Heat Pumps (m/f/d)', 'product-management 0 ic'],
    ['Working Student for Product Marketing (w/m/d) - Fashion', 'product-marketing 0 ic'],
    ['Intern (Product Owner) - Hospital Logistics', 'product-owner 0 ic'],
    ['Co-op (Product Analyst) – Credit Union', 'product-analytics 0 ic'],
    ['Wallets - Risk Intern (Product Manager)', 'product-management 0 ic'],
    ['Paid Internship in Insurance - Product Management', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // A person served, another discipline, another job in the bracket, or a function beside the
    // internship stays what it was.
    ['Intern for the CPO', 'none'],
    ['Internship for Product Design', 'none'],
    ['Intern (Product Engineer) - Robotics', 'none'],
    ['Sales Intern (Product Specialist)', 'none'],
    ['Paid Internship in Engineering - Product Owner', 'product-owner 2 ic'],
    ['Product Manager Intern for Payments', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of trainee schemes of India, Africa and South-East Asia: the
// discipline in the bracket right after the trainee or intern word is the scheme's.
describe('a discipline in brackets after the trainee word', () => {
  it.each([
    ['Graduate Trainee (Product Marketing) - Telecoms, Nairobi', 'product-marketing 0 ic'],
    ['Management Trainee (Product Management) 2028', 'product-management 0 ic'],
    ['Intern (Product Analytics) - Ride Hailing', 'product-analytics 0 ic'],
    ['Apprentice (Product Management) - Insurance', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // Plural cohorts, another job before the intern word, and look-alikes stay as they were.
    ['Trainees (Product Management)', 'none'],
    ['Software Engineer Intern (Product Management)', 'none'],
    ['Graduate Trainee (Production Planning)', 'none'],
    ['Graduate Trainee (Product Design)', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});
