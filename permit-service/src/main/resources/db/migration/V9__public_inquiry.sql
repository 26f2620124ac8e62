-- The public inquiry on an application, learned from review.inquiry-opened: while it runs, anyone
-- may download the application's public documents (site plan, impact study), and the applicant's
-- file page names its dates.
CREATE TABLE public_inquiry (
    application_id uuid        PRIMARY KEY REFERENCES application (id),
    reference      varchar(14) NOT NULL,
    starts_on      date        NOT NULL,
    ends_on        date        NOT NULL
);
