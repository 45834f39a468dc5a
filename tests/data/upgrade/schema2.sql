-- schema2.sql - a database as the previous release left it (schema version 2,
-- converza-etl at commit 3a4e196): 20 calls, 3 in a subdirectory and one
-- quarantined file, loaded from a directory written here as @IN@. Made with
-- pg_dump --no-owner --no-privileges; tests/integration/test_upgrade.sh
-- restores it and upgrades it with the current worker.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: agent_daily_metrics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agent_daily_metrics (
    agent_name text NOT NULL,
    day date NOT NULL,
    calls bigint NOT NULL,
    conversions bigint NOT NULL,
    upsell_revenue numeric(14,2) NOT NULL,
    positive bigint NOT NULL,
    neutral bigint NOT NULL,
    negative bigint NOT NULL,
    sentiment_sum numeric(14,4) NOT NULL,
    timed_calls bigint DEFAULT 0 NOT NULL,
    duration_ms_sum bigint DEFAULT 0 NOT NULL,
    agent_talk_bp_sum bigint DEFAULT 0 NOT NULL,
    customer_talk_bp_sum bigint DEFAULT 0 NOT NULL,
    silence_bp_sum bigint DEFAULT 0 NOT NULL,
    monologue_ms_sum bigint DEFAULT 0 NOT NULL,
    interruptions_sum bigint DEFAULT 0 NOT NULL,
    questions_sum bigint DEFAULT 0 NOT NULL,
    csat_calls bigint DEFAULT 0 NOT NULL,
    csat_sum bigint DEFAULT 0 NOT NULL
);


--
-- Name: bronze_calls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bronze_calls (
    call_id text NOT NULL,
    raw text NOT NULL,
    source_file text NOT NULL,
    checksum text NOT NULL,
    batch_id bigint NOT NULL,
    ingested_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE ONLY public.bronze_calls ALTER COLUMN raw SET COMPRESSION lz4;


--
-- Name: converza_schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.converza_schema_version (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: etl_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.etl_runs (
    batch_id bigint NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    host text NOT NULL,
    pid integer NOT NULL,
    status text DEFAULT 'running'::text NOT NULL,
    files_seen integer DEFAULT 0 NOT NULL,
    calls_loaded integer DEFAULT 0 NOT NULL,
    duplicates integer DEFAULT 0 NOT NULL,
    replaced integer DEFAULT 0 NOT NULL,
    quarantined integer DEFAULT 0 NOT NULL,
    prepare_ms double precision DEFAULT 0 NOT NULL,
    load_ms double precision DEFAULT 0 NOT NULL,
    aggregate_ms double precision DEFAULT 0 NOT NULL,
    rules_version text,
    message text
);


--
-- Name: etl_runs_batch_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.etl_runs_batch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: etl_runs_batch_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.etl_runs_batch_id_seq OWNED BY public.etl_runs.batch_id;


--
-- Name: gold_performance_metrics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gold_performance_metrics (
    call_id text NOT NULL,
    agent_name text NOT NULL,
    call_time timestamp with time zone NOT NULL,
    call_day date NOT NULL,
    is_conversion boolean NOT NULL,
    upsell_amount numeric(12,2) NOT NULL,
    sentiment_label text NOT NULL,
    sentiment_score numeric(5,4) NOT NULL,
    evidence jsonb NOT NULL,
    rules_version text NOT NULL,
    batch_id bigint NOT NULL,
    source_format text,
    task text,
    csat smallint,
    duration_ms bigint,
    agent_talk_pct numeric(5,2),
    customer_talk_pct numeric(5,2),
    silence_pct numeric(5,2),
    longest_monologue_ms bigint,
    interruptions integer,
    customer_questions integer,
    CONSTRAINT gold_performance_metrics_agent_talk_pct_check CHECK (((agent_talk_pct >= (0)::numeric) AND (agent_talk_pct <= (100)::numeric))),
    CONSTRAINT gold_performance_metrics_csat_check CHECK (((csat >= 0) AND (csat <= 10))),
    CONSTRAINT gold_performance_metrics_customer_questions_check CHECK ((customer_questions >= 0)),
    CONSTRAINT gold_performance_metrics_customer_talk_pct_check CHECK (((customer_talk_pct >= (0)::numeric) AND (customer_talk_pct <= (100)::numeric))),
    CONSTRAINT gold_performance_metrics_duration_ms_check CHECK ((duration_ms >= 0)),
    CONSTRAINT gold_performance_metrics_interruptions_check CHECK ((interruptions >= 0)),
    CONSTRAINT gold_performance_metrics_longest_monologue_ms_check CHECK ((longest_monologue_ms >= 0)),
    CONSTRAINT gold_performance_metrics_sentiment_label_check CHECK ((sentiment_label = ANY (ARRAY['positive'::text, 'neutral'::text, 'negative'::text]))),
    CONSTRAINT gold_performance_metrics_sentiment_score_check CHECK (((sentiment_score >= ('-1'::integer)::numeric) AND (sentiment_score <= (1)::numeric))),
    CONSTRAINT gold_performance_metrics_silence_pct_check CHECK (((silence_pct >= (0)::numeric) AND (silence_pct <= (100)::numeric))),
    CONSTRAINT gold_performance_metrics_upsell_amount_check CHECK ((upsell_amount >= (0)::numeric))
);


--
-- Name: ingested_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ingested_files (
    path text NOT NULL,
    size bigint NOT NULL,
    mtime_ns bigint NOT NULL,
    outcome text NOT NULL,
    batch_id bigint NOT NULL
);


--
-- Name: quarantine; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quarantine (
    id bigint NOT NULL,
    source_file text NOT NULL,
    line_no integer,
    reason text NOT NULL,
    raw bytea,
    batch_id bigint NOT NULL,
    quarantined_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: quarantine_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.quarantine_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quarantine_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.quarantine_id_seq OWNED BY public.quarantine.id;


--
-- Name: silver_calls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.silver_calls (
    call_id text NOT NULL,
    agent_name text NOT NULL,
    call_time timestamp with time zone NOT NULL,
    transcript text NOT NULL,
    turns json NOT NULL,
    turn_count integer NOT NULL,
    batch_id bigint NOT NULL,
    source_format text,
    source_line integer
);
ALTER TABLE ONLY public.silver_calls ALTER COLUMN transcript SET COMPRESSION lz4;
ALTER TABLE ONLY public.silver_calls ALTER COLUMN turns SET COMPRESSION lz4;


--
-- Name: etl_runs batch_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.etl_runs ALTER COLUMN batch_id SET DEFAULT nextval('public.etl_runs_batch_id_seq'::regclass);


--
-- Name: quarantine id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quarantine ALTER COLUMN id SET DEFAULT nextval('public.quarantine_id_seq'::regclass);


--
-- Data for Name: agent_daily_metrics; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agent_daily_metrics (agent_name, day, calls, conversions, upsell_revenue, positive, neutral, negative, sentiment_sum, timed_calls, duration_ms_sum, agent_talk_bp_sum, customer_talk_bp_sum, silence_bp_sum, monologue_ms_sum, interruptions_sum, questions_sum, csat_calls, csat_sum) FROM stdin;
Brianna Nakamura	2026-11-12	1	0	0.00	0	1	0	-0.0520	0	0	0	0	0	0	0	1	0	0
Claire Coleman	2026-11-13	1	0	0.00	1	0	0	0.8005	0	0	0	0	0	0	0	2	0	0
Brianna Nakamura	2026-11-17	2	1	7.00	0	0	2	-0.8651	0	0	0	0	0	0	0	7	0	0
Claire Coleman	2026-11-16	1	0	0.00	0	1	0	0.0000	0	0	0	0	0	0	0	0	0	0
Omar Lindqvist	2026-11-17	1	1	8.00	1	0	0	0.7386	0	0	0	0	0	0	0	1	0	0
Claire Coleman	2026-11-17	1	1	0.00	0	0	1	-0.4931	0	0	0	0	0	0	0	0	0	0
Claire Coleman	2026-11-18	1	1	9.99	0	0	1	-0.4422	0	0	0	0	0	0	0	0	0	0
Omar Lindqvist	2026-11-20	3	1	0.00	2	1	0	1.4526	0	0	0	0	0	0	0	1	0	0
Omar Lindqvist	2026-11-24	1	0	0.00	0	0	1	-0.9256	0	0	0	0	0	0	0	0	0	0
Brianna Nakamura	2026-11-16	1	1	105.00	0	0	1	-0.5021	0	0	0	0	0	0	0	1	0	0
Claire Coleman	2026-11-12	1	1	28.00	1	0	0	0.6457	0	0	0	0	0	0	0	2	0	0
Omar Lindqvist	2026-11-14	1	0	0.00	1	0	0	0.9763	0	0	0	0	0	0	0	0	0	0
Natalie Andersen	2026-11-25	1	0	0.00	0	1	0	0.0000	0	0	0	0	0	0	0	0	0	0
Brianna Nakamura	2026-11-15	1	1	14.99	1	0	0	0.5910	0	0	0	0	0	0	0	2	0	0
Omar Lindqvist	2026-11-22	1	1	0.00	0	0	1	-0.5972	0	0	0	0	0	0	0	0	0	0
Brianna Nakamura	2026-11-13	1	1	0.00	1	0	0	0.7425	0	0	0	0	0	0	0	2	0	0
Omar Lindqvist	2026-11-16	1	1	0.00	1	0	0	0.9158	0	0	0	0	0	0	0	1	0	0
Daniel Chen	2026-11-16	1	1	0.00	0	0	1	-0.2913	0	0	0	0	0	0	0	0	0	0
James Greene	2026-11-17	1	1	0.00	1	0	0	0.8596	0	0	0	0	0	0	0	1	0	0
Daniel Chen	2026-11-17	1	0	0.00	0	0	1	-0.8483	0	0	0	0	0	0	0	2	0	0
\.


--
-- Data for Name: bronze_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bronze_calls (call_id, raw, source_file, checksum, batch_id, ingested_at) FROM stdin;
GEN_000001	{\n  "call_id": "GEN_000001",\n  "agent_name": "Brianna Nakamura",\n  "timestamp": "2026-11-12T08:23:28",\n  "transcript_text": "Agent: Thank you for calling Bluewave Travel. This is Brianna. How may I help you?\\nCustomer: Hi, thanks. I need a table for the chef's dinner. What do you have available?\\nAgent: Sure! A table for the chef's dinner is $135. The next openings are Thursday afternoon at 3:30 or later that afternoon.\\nCustomer: Hmm, not sure, but okay.\\nAgent: Let me pull that up. What's your confirmation code, please?\\nCustomer: It's 979-0003.\\nAgent: Great, thank you. One moment.\\nCustomer: I mean, maybe, I don't know.\\nAgent: Great, I'll put you down for Thursday afternoon!\\nCustomer: Whoa, I didn't agree to that.\\nAgent: Of course, my apologies. Nothing's been done.\\nCustomer: Not right now. Okay, got it. Thanks.\\nAgent: Alright, take care and have a great day!"\n}\n	@IN@/GEN_000001.json	1744b6ae3cb8b6dd	1	2026-11-25 13:39:01.153544+00
GEN_000002	{\n  "call_id": "GEN_000002",\n  "agent_name": "Claire Coleman",\n  "timestamp": "2026-11-13T15:18:54",\n  "transcript_text": "agent: LedgerNest customer care, Claire here. What's going on today? customer: Oh good, a real person! Hi! My neighbor told me about your Pro plan. What's the deal with it? agent: Sure! The Pro plan runs $22.50 a month. It's been really popular this year. customer: Are there any other fees? agent: There's a one-time setup fee of fifty-five bucks, but that's it. customer: Wonderful, thank you! agent: Let me pull that up. What's your workspace name, please? customer: Calder Manufacturing. agent: Great, thank you. One moment. Can I get that set up for you today? customer: Sounds good, I'll think about it. agent: Of course. I'll send that to hector.rahman@outlook.com. customer: Perfect. Thanks a ton, you really made my day. agent: Thank you for choosing LedgerNest. Have a wonderful day!"\n}\n	@IN@/GEN_000002.json	281b51c4efb80b62	1	2026-11-25 13:39:01.153544+00
GEN_000003	{\n  "call_id": "GEN_000003",\n  "agent_name": "Brianna Nakamura",\n  "timestamp": "2026-11-17T08:39:10",\n  "transcript_text": "Agent: Thank you for calling Riverside Athletic Club. This is Brianna. How may I help you? Customer: Hey there, thanks for picking up so fast! Do you have any openings for a free fitness assessment this week? Agent: Sure! There's no charge for that. The next opening is Friday at 8:30. Customer: How long does it usually take? Agent: About an hour, give or take. Also, after that slot the next opening is more than a month out. Customer: Seriously? Wow. This is so frustrating. Can I book that over the phone? Agent: Yes, I can take care of it on this call. Customer: Fine. Book it. Agent: You're booked for Friday at 8:30. While I have you, have you heard about towel service? Customer: How much is towel service? Agent: That one's 7 bucks per month. Customer: Fine, add it. Agent: You got it. Is there anything else on your mind today? Customer: No. This whole thing has been a nightmare. Agent: I'm sorry again, Elena. Have a great day."\n}\n	@IN@/GEN_000003.json	fa93f119a77427a9	1	2026-11-25 13:39:01.153544+00
GEN_000004	{\n  "call_id": "GEN_000004",\n  "agent_name": "Claire Coleman",\n  "timestamp": "2026-11-16T16:23:34",\n  "transcript_text": "Rep: Wanderway Tours, this is Claire speaking. What can I do for you?\\nCaller: I wanted to ask about pricing on the three-night beach package.\\nRep: Absolutely. You'd be looking at one thousand three hundred sixty dollars for the three-night beach package.\\nCaller: I'd take it if you could deliver it this week.\\nRep: Unfortunately I can't go any lower than that.\\nCaller: Okay, then I'll stick with what I have.\\nRep: Anything else I can do for you?\\nCaller: Nope, that's everything.\\nRep: Thanks for calling Wanderway Tours, Samir. Have a great day!"\n}\n	@IN@/GEN_000004.json	addcb0335dc7a745	1	2026-11-25 13:39:01.153544+00
GEN_000005	{\n  "call_id": "GEN_000005",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-17T16:23:43",\n  "transcript_text": "agent: Riverbend Power and Light customer care, Omar here. What's going on today?\\ncustomer: I was hoping to set up a furnace tune-up visit.\\nagent: We can do that. It's $125, and I have Monday at 1 p.m. available.\\ncustomer: Do I need to prepare anything?\\nagent: No, we'll take care of everything. I've also put you on our priority list, so if anything opens up sooner you'll get a text.\\ncustomer: Oh, that's great. Oh nice, that's great. Monday at 1 p.m. is perfect. Go ahead and book it!\\nagent: All set for Monday at 1 p.m. You'll get a reminder text the day before. I can also add the furnace maintenance plan. It's normally $12.99 per month, but I can do $8 per month for you today. Want me to add it?\\ncustomer: Yes, add that, thanks!\\nagent: Added. Is there anything else on your mind today?\\ncustomer: No, I'm all set. Thanks, you're a lifesaver.\\nagent: Alright, take care and have a great day!\\ncustomer: Bye!"\n}\n	@IN@/GEN_000005.json	82ae46b2778d1cad	1	2026-11-25 13:39:01.153544+00
GEN_000006	{\n  "call_id": "GEN_000006",\n  "agent_name": "Claire Coleman",\n  "timestamp": "2026-11-17T15:26:17",\n  "transcript_text": "Agent: Hi there, welcome to Granite Gas and Electric! I'm Claire. What can I do for you?\\nCustomer: Honestly, I'm fed up. I'd like to cancel my service, effective today.\\nAgent: Oh no, sorry to hear it. What's going on?\\nCustomer: Honestly, I'm moving out of state at the end of the month.\\nAgent: Can I get your account number?\\nCustomer: It's 787-5872.\\nAgent: Thanks, I've got your account up. Another option is switching to the standard variable plan at ninety-four dollars and ninety-nine cents monthly. Would you like me to apply that instead of cancelling?\\nCustomer: Yes. Just get it done.\\nAgent: Great, I've made the change. You're all set and nothing gets cancelled. Is there anything else I can help you with today?\\nCustomer: No. I'm really not happy with how this was handled.\\nAgent: I understand, and I'm sorry for the trouble. I hope you still have a great day.\\nCustomer: Mm. Bye."\n}\n	@IN@/GEN_000006.json	6ab714bdb21168f9	1	2026-11-25 13:39:01.153544+00
GEN_000007	{\n  "call_id": "GEN_000007",\n  "agent_name": "Claire Coleman",\n  "timestamp": "2026-11-18T20:19:23",\n  "transcript_text": "representative: hi you've reached suncrest utilities my name is claire how can i help\\nclient: um oh great another half hour of hold music uh love that uh i was hoping to set up a furnace tune up visit\\nrepresentative: we can do that it's one hundred fifteen dollars and i have wednesday at one in the afternoon available can i get your full name\\nclient: uh sure sofia yamamoto\\nrepresentative: thanks sofia and a good email for you\\nclient: it's sofia dot yamamoto at hotmail dot com\\nrepresentative: got it would you like me to book that for wednesday at one in the afternoon\\nclient: yeah fine go ahead\\nrepresentative: great i've got you down for wednesday at one in the afternoon we can also add the furnace maintenance plan for nine ninety nine per month want me to include that\\nclient: fine add it\\nrepresentative: added\\nclient: fine this was a total waste of my afternoon\\nrepresentative: so i understand and i'm sorry for the trouble i hope you still have a great day\\nclient: um mm bye"\n}\n	@IN@/GEN_000007.json	452650fb903dabf5	1	2026-11-25 13:39:01.153544+00
GEN_000008	{\n  "call_id": "GEN_000008",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-20T20:40:19",\n  "transcript_text": "Agent: Pipeline HQ, this is Omar speaking. What can I do for you?\\nCustomer: Hi. I saw the Starter plan on your website and had some questions.\\nAgent: Sure! The Starter plan runs $9 per month. It's been really popular this year.\\nCustomer: Hmm, not sure, but okay.\\nAgent: Shall I set that up for you?\\nCustomer: I'll pass, thanks.\\nAgent: Totally fair. No pressure at all. I've credited $10 to your account for the hold time today.\\nCustomer: Oh good, that's a relief. Wonderful, thank you! Great, that's everything. You've been wonderful.\\nAgent: Thank you for choosing Pipeline HQ. Have a wonderful day!"\n}\n	@IN@/GEN_000008.json	4f9f8cd7d9651777	1	2026-11-25 13:39:01.153544+00
GEN_000009	{\n  "call_id": "GEN_000009",\n  "agent_name": "Brianna Nakamura",\n  "timestamp": "2026-11-17T12:35:08",\n  "transcript_text": "Representative: Hi there, welcome to HomeCraft Appliances! I'm Brianna. What can I do for you? Client: Hi. I'm pretty annoyed right now, so bear with me. My neighbor told me about your stainless steel dishwasher. What's the deal with it? Representative: Great question. The stainless steel dishwasher comes in at one thousand sixty dollars, and a lot of customers love it. Client: Hmm, that's more than I pay now. Representative: I understand. It does include everything we talked about, with no surprises. Client: Is that the total? Representative: That's the price before tax. Client: Figures. Representative: Can I get your full name? Client: Maria Mbeki. Representative: Great. What's the best email to reach you? Client: It's maria.mbeki@yahoo.com. Representative: Got it. Client: Can I buy it through your website instead? Representative: Sure, you can do it on our website anytime. Client: Okay, I'll look at it tonight. Representative: Can I help with anything else? Client: Nope. Honestly, this was an awful experience. Representative: I'm sorry again, Maria. Have a great day."\n}\n	@IN@/GEN_000009.json	b2bf1a529383647d	1	2026-11-25 13:39:01.153544+00
GEN_000010	{\n  "call_id": "GEN_000010",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-20T18:06:07",\n  "transcript_text": "agent: hi you've reached hometown tire and brake my name is omar how can i help caller: hey there thanks for picking up so fast i need the thirty thousand mile service what do you have available agent: we can do that it's three hundred twenty dollars and i have thursday at eleven thirty available caller: how long does it usually take agent: about an hour give or take caller: uh that's good to hear agent: want me to lock in thursday at eleven thirty for you caller: no that's not going to work agent: totally fair is there anything else on your mind today caller: that's all honestly best customer service i've had in a while agent: alright take care and have a great day caller: thanks you too"\n}\n	@IN@/GEN_000010.json	2af04320e4a52cd3	1	2026-11-25 13:39:01.153544+00
GEN_000011	{\n  "call_id": "GEN_000011",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-24T17:45:17",\n  "transcript_text": "Agent: Cloudpact customer care, Omar here. What's going on today? Caller: Hi. I'm not happy, so I'll get right to it. Yeah, so the calendar sync stopped working on my phone. Agent: Let me take a look. Okay, it looks like the sync token expired after the last app update. Caller: I'm not happy about this at all. Agent: Unfortunately, it's a known bug in the current app version and the fix isn't out yet. I've opened a ticket for you. Caller: Oh, wonderful. Just wonderful. Agent: While I have you, priority support is $48.95 per year. Interested in adding that? Caller: No. I'm already paying enough. Agent: Totally understand. Anything else I can do for you? Caller: No. This is ridiculous, I'm done. Agent: I hear you, and I apologize. Thank you for calling Cloudpact, have a good day. Caller: Bye."\n}\n	@IN@/GEN_000011.json	702b90ebaaf38139	1	2026-11-25 13:39:01.153544+00
GEN_000012	{\n  "call_id": "GEN_000012",\n  "agent_name": "Brianna Nakamura",\n  "timestamp": "2026-11-16T17:47:36",\n  "transcript_text": "Representative: Hi there, welcome to Cornerstone Motors Service! I'm Brianna. What can I do for you?\\nClient: Hi. I'm pretty annoyed right now, so bear with me. Do you have any openings for a check engine light diagnostic this week?\\nRepresentative: We can do that. It's one hundred thirty-four dollars and forty-nine cents, and I have Wednesday morning at 3:30 available. Who do I have the pleasure of speaking with?\\nClient: Sure, Rachel Silva.\\nRepresentative: Great. What's the best email to reach you?\\nClient: It's rachel.silva@outlook.com.\\nRepresentative: Got it. Shall I put you down for Wednesday morning at 3:30?\\nClient: Yes. Just get it done.\\nRepresentative: You're booked for Wednesday morning at 3:30.\\nClient: And add a wheel alignment at one hundred five bucks, please.\\nRepresentative: Absolutely, I've added a wheel alignment.\\nClient: Okay. I'm still not happy about any of this.\\nRepresentative: I hear you, and I apologize. Thank you for calling Cornerstone Motors Service, have a good day."\n}\n	@IN@/GEN_000012.json	d1b83de587bb627e	1	2026-11-25 13:39:01.153544+00
GEN_000013	{\n  "call_id": "GEN_000013",\n  "agent_name": "Claire Coleman",\n  "timestamp": "2026-11-12T06:19:00",\n  "transcript_text": "Agent: CoreLine Studios, this is Claire speaking. What can I do for you?\\nCustomer: Hey there, thanks for picking up so fast! I need a tour of the club. What do you have available?\\nAgent: Absolutely, that one's free. I have next Tuesday at 8 a.m. open.\\nCustomer: Do I need to bring anything?\\nAgent: Nope, just yourself. Who do I have the pleasure of speaking with?\\nCustomer: It's Sofia Hoffman.\\nAgent: Thanks, Sofia. And a good email for you?\\nCustomer: Sure, sofia.hoffman@yahoo.com.\\nAgent: Got it. Shall I put you down for next Tuesday at 8 a.m.?\\nCustomer: Sure, go ahead. Thanks!\\nAgent: Great, I've got you down for next Tuesday at 8 a.m. While I have you, the group class pass is $28 a month. Interested in adding that?\\nCustomer: Yes, add that, thanks!\\nAgent: You got it. Is there anything else I can help you with today?\\nCustomer: No, you've been amazing. Thanks so much.\\nAgent: Thanks, Sofia. Have a good one!"\n}\n	@IN@/GEN_000013.json	2949c939283214ad	1	2026-11-25 13:39:01.153544+00
GEN_000014	{\n  "call_id": "GEN_000014",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-14T09:53:55",\n  "transcript_text": "Agent: Hi there, welcome to LedgerNest! I'm Omar. What can I do for you? Customer: Hi there! You folks were so helpful last time. We were billed for users we removed last month. Awesome, I appreciate that. Agent: And what's the workspace name? Customer: Okay, one sec... Summit Dental Group. Agent: Great, thank you. One moment. Okay, I found it. The seat count only updates at renewal. Customer: That's really helpful, thank you. Agent: Good news: I've corrected the seat count and refunded the difference. I've also credited $25 to your account for the trouble. Customer: You're the best, honestly. Agent: Is there anything else I can help you with today? Customer: No, that's everything. Thank you so much, you've been really helpful! Agent: Thanks, Derek. Have a good one!"\n}\n	@IN@/GEN_000014.json	6b0dbe94678d002f	1	2026-11-25 13:39:01.153544+00
GEN_000015	{\n  "call_id": "GEN_000015",\n  "agent_name": "Natalie Andersen",\n  "timestamp": "2026-11-25T14:54:32",\n  "transcript_text": "Agent: Hi there, welcome to Riverbend Power and Light! I'm Natalie. What can I do for you?\\nCustomer: The power has been out on my street since this morning.\\nAgent: Can you verify your account number for me?\\nCustomer: It's 406-401097.\\nAgent: Great, thank you. One moment. Okay, I found it. A transformer failed after the storm. Okay, I've confirmed a crew is on site and power should be back within the hour. You should be all set.\\nCustomer: Alright, thank you.\\nAgent: Alright, take care and have a great day!"\n}\n	@IN@/GEN_000015.json	bc701780e56ace84	1	2026-11-25 13:39:01.153544+00
GEN_000016	{\n  "call_id": "GEN_000016",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-20T14:28:06",\n  "transcript_text": "agent: Coastline Hotels customer care, Omar here. What's going on today?\\ncustomer: I'm thinking about getting the travel club membership.\\nagent: Absolutely. You'd be looking at $169.95 per year for the travel club membership.\\ncustomer: Uh-huh.\\nagent: Let me pull that up. What's your confirmation code, please?\\ncustomer: Sure, it's 005-01742.\\nagent: Got it. Is daniel.johnson@icloud.com still the best email for you?\\ncustomer: Yep, that's the one.\\nagent: Should I go ahead and switch you over?\\ncustomer: Okay, yes.\\nagent: Perfect, you're all set. Welcome aboard!\\ncustomer: Okay, got it. Thanks.\\nagent: My pleasure. Have a great rest of your day!\\ncustomer: Thanks, bye."\n}\n	@IN@/GEN_000016.json	838803d94e778545	1	2026-11-25 13:39:01.153544+00
GEN_000017	{\n  "call_id": "GEN_000017",\n  "agent_name": "Brianna Nakamura",\n  "timestamp": "2026-11-15T15:58:42",\n  "transcript_text": "Representative: Hi, you've reached Brightline Wireless. My name is Brianna, how can I help? Client: Hello, yes. My neighbor told me about your Internet Essentials plan. What's the deal with it? Representative: Happy to help! The Internet Essentials plan is $40.50 a month, and it's our most popular option right now. Client: Are there any other fees? Representative: There's a one-time setup fee of $50, but that's it. Client: Alright. Representative: Let me pull that up. What's your account number, please? Client: It's 224-195437. Representative: Perfect, I see it here. I also went ahead and credited $15 to your account for the wait today. Client: Oh wow, that's perfect. Oh, not bad at all. That sounds great. Sign me up! Representative: Done! You'll get a confirmation email shortly. We can also add device protection for $14.99 a month. Want me to include that? Client: Ooh, yes please. Representative: Added. Anything else I can do for you? Client: That's all. Honestly, best customer service I've had in a while. Representative: My pleasure. Have a great rest of your day! Client: You too! Bye."\n}\n	@IN@/GEN_000017.json	6ba95e50f90c5ca8	1	2026-11-25 13:39:01.153544+00
GEN_000018	{\n  "call_id": "GEN_000018",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-22T09:53:35",\n  "transcript_text": "Agent: Hi there, welcome to Northgate Electronics! I'm Omar. What can I do for you? Customer: Honestly, I'm fed up. I want to cancel my order. Agent: I'm sorry to hear that. Can I ask why? Customer: The delivery date keeps slipping. Agent: Instead of cancelling, would you consider the floor model? It's five hundred twenty dollars, and nothing else changes. Shall I put that on your account so you can stay with us? Customer: Yes. Just get it done. Agent: Great, I've made the change. You're all set and nothing gets cancelled. Is there anything else on your mind today? Customer: No. I'm really not happy with how this was handled. Agent: I understand, and I'm sorry for the trouble. I hope you still have a great day. Customer: Bye."\n}\n	@IN@/GEN_000018.json	85e353ca440abed5	1	2026-11-25 13:39:01.153544+00
GEN_000019	{\n  "call_id": "GEN_000019",\n  "agent_name": "Brianna Nakamura",\n  "timestamp": "2026-11-13T04:29:24",\n  "transcript_text": "agent: hi is this darnell this is brianna calling from evergreen home and auto\\ncustomer: yes speaking\\nagent: we're reaching out to customers like you about the homeowners policy it's one thousand four hundred twenty dollars a year right now\\ncustomer: is that the full price or is there more on top\\nagent: that's the full price if you sign up today you also get ten dollars off the first bill i also went ahead and credited forty dollars to your account for the wait today\\ncustomer: oh that's great love it i'll take it\\nagent: great i've got that set up for you um by the way we also offer rental car coverage\\ncustomer: what does rental car coverage cost\\nagent: it's five dollars and ninety five cents a month\\ncustomer: hmm no i'll skip that\\nagent: totally understand\\ncustomer: great that's everything you've been wonderful\\nagent: thanks for calling evergreen home and auto darnell have a great day\\ncustomer: so thanks you too"\n}\n	@IN@/GEN_000019.json	eec1aa56c5ee17d0	1	2026-11-25 13:39:01.153544+00
GEN_000020	{\n  "call_id": "GEN_000020",\n  "agent_name": "Omar Lindqvist",\n  "timestamp": "2026-11-16T08:02:25",\n  "transcript_text": "Agent: Thank you for calling Hometown Tire and Brake. This is Omar. How may I help you?\\nCustomer: Hi, thanks. I'm calling to see about a check engine light diagnostic.\\nAgent: We can do that. It's $130, and I have this Friday at 4 p.m. available.\\nCustomer: Do I need to bring anything?\\nAgent: Nope, just yourself.\\nCustomer: Okay, no problem. Okay, put me down for this Friday at 4 p.m.\\nAgent: Great, I've got you down for this Friday at 4 p.m. Since it's your first visit, I can take $45 off.\\nCustomer: Oh good, that's a relief. Oh, not bad at all. Perfect. Thanks a ton, you really made my day.\\nAgent: My pleasure. Have a great rest of your day!\\nCustomer: Bye!"\n}\n	@IN@/GEN_000020.json	b66439cb8624a3db	1	2026-11-25 13:39:01.153544+00
SUB_000001	{\n  "call_id": "SUB_000001",\n  "agent_name": "Daniel Chen",\n  "timestamp": "2026-11-16T11:26:33",\n  "transcript_text": "Agent: Thanks for calling Bluepeak Assurance, this is Daniel. How can I help you today? Customer: Hello! I'm in a great mood today, so let's make this easy. I'm calling to see about a home inspection for the new policy. Agent: Absolutely, that one's free. I have Tuesday at 9 a.m. open. Let me pull that up. What's your policy number, please? Customer: Okay, one sec... 987-66514. Agent: Thanks, I've got your account up. Also, after that slot the next opening is more than a month out. Customer: Okay, now I'm annoyed. Agent: Shall I put you down for Tuesday at 9 a.m.? Customer: Yes. Just get it done. Agent: Great, I've got you down for Tuesday at 9 a.m. Is there anything else I can help you with today? Customer: No. I'm not satisfied, and I want that on record. Agent: I'm sorry again, Lucia. Have a great day. Customer: Bye."\n}\n	@IN@/sub/SUB_000001.json	6c6c44b2d3d31382	1	2026-11-25 13:39:01.153544+00
SUB_000002	{\n  "call_id": "SUB_000002",\n  "agent_name": "James Greene",\n  "timestamp": "2026-11-17T12:57:36",\n  "transcript_text": "Rep: Evergreen Home and Auto, this is James speaking. What can I do for you?\\nCustomer: Hi there! You folks were so helpful last time. I'm calling to see about a home inspection for the new policy.\\nRep: Absolutely, that one's free. I have next Tuesday at 11 a.m. open.\\nCustomer: Do I need to bring anything?\\nRep: Nope, just yourself.\\nCustomer: You're the best, honestly. Yes, I'll book that appointment. Thank you!\\nRep: All set for next Tuesday at 11 a.m. You'll get a reminder text the day before.\\nCustomer: Okay, that's all I needed. Thank you so much, really!\\nRep: Thank you for choosing Evergreen Home and Auto. Have a wonderful day!"\n}\n	@IN@/sub/SUB_000002.json	5ab16dac105f03bc	1	2026-11-25 13:39:01.153544+00
SUB_000003	{\n  "call_id": "SUB_000003",\n  "agent_name": "Daniel Chen",\n  "timestamp": "2026-11-17T11:33:35",\n  "transcript_text": "Agent: Hello, may I speak with Hector Singh? This is Daniel with Peak Motion Gym. Caller: Yes, speaking. Agent: I'm calling because you qualify for our monthly membership at forty-seven dollars and forty-nine cents per month. Caller: Is that the full price, or is there more on top? Agent: That's the full price. If you sign up today, you also get 20 dollars off the first bill. I'm also required to let you know there's a processing fee of forty dollars on the account. Caller: Are you kidding me? Why is everything so hard with you guys? I'd sign up if it were cheaper. Agent: Unfortunately I can't go any lower than that. Caller: Then I'll have to pass. Whatever. I'm done with this. Agent: I understand, and I'm sorry for the trouble. I hope you still have a great day."\n}\n	@IN@/sub/SUB_000003.json	5f6625e22e1ef5f1	1	2026-11-25 13:39:01.153544+00
\.


--
-- Data for Name: converza_schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.converza_schema_version (version, name, applied_at) FROM stdin;
1	001_layers	2026-11-25 13:39:01.137556+00
2	002_conversation	2026-11-25 13:39:01.137556+00
\.


--
-- Data for Name: etl_runs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.etl_runs (batch_id, started_at, finished_at, host, pid, status, files_seen, calls_loaded, duplicates, replaced, quarantined, prepare_ms, load_ms, aggregate_ms, rules_version, message) FROM stdin;
1	2026-11-25 13:39:01.153246+00	2026-11-25 13:39:01.156917+00	vm	1183	committed	24	23	0	0	1	1.366	3.557	1.477	2026.11-2	\N
\.


--
-- Data for Name: gold_performance_metrics; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.gold_performance_metrics (call_id, agent_name, call_time, call_day, is_conversion, upsell_amount, sentiment_label, sentiment_score, evidence, rules_version, batch_id, source_format, task, csat, duration_ms, agent_talk_pct, customer_talk_pct, silence_pct, longest_monologue_ms, interruptions, customer_questions) FROM stdin;
GEN_000001	Brianna Nakamura	2026-11-12 08:23:28+00	2026-11-12	f	0.00	neutral	-0.0520	{"upsell": [], "sentiment": ["didn't agree"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	1
GEN_000002	Claire Coleman	2026-11-13 15:18:54+00	2026-11-13	f	0.00	positive	0.8005	{"upsell": [], "sentiment": ["really made my day", "Thanks a ton", "Wonderful"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	2
GEN_000003	Brianna Nakamura	2026-11-17 08:39:10+00	2026-11-17	t	7.00	negative	-0.4307	{"upsell": [{"text": "add it.", "amount": 7.00}], "sentiment": ["a nightmare", "so frustrating"], "conversion": ["Can I book that over the phone?"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	4
GEN_000004	Claire Coleman	2026-11-16 16:23:34+00	2026-11-16	f	0.00	neutral	0.0000	{"upsell": [], "sentiment": [], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000005	Omar Lindqvist	2026-11-17 16:23:43+00	2026-11-17	t	8.00	positive	0.7386	{"upsell": [{"text": "add that", "amount": 8.00}], "sentiment": ["a lifesaver", "that's great"], "conversion": ["Go ahead and book it!"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	1
GEN_000006	Claire Coleman	2026-11-17 15:26:17+00	2026-11-17	t	0.00	negative	-0.4931	{"upsell": [], "sentiment": ["really not happy", "I'm fed up"], "conversion": ["Yes."]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000007	Claire Coleman	2026-11-18 20:19:23+00	2026-11-18	t	9.99	negative	-0.4422	{"upsell": [{"text": "add it", "amount": 9.99}], "sentiment": ["total waste of", "oh great", "music uh love that"], "conversion": ["yeah fine go ahead"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000008	Omar Lindqvist	2026-11-20 20:40:19+00	2026-11-20	f	0.00	positive	0.9848	{"upsell": [], "sentiment": ["You've been wonderful", "Wonderful", "a relief"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000009	Brianna Nakamura	2026-11-17 12:35:08+00	2026-11-17	f	0.00	negative	-0.4344	{"upsell": [], "sentiment": ["an awful", "Figures", "pretty annoyed"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	3
GEN_000010	Omar Lindqvist	2026-11-20 18:06:07+00	2026-11-20	f	0.00	positive	0.4678	{"upsell": [], "sentiment": ["honestly best", "that's good", "up so fast"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	1
GEN_000011	Omar Lindqvist	2026-11-24 17:45:17+00	2026-11-24	f	0.00	negative	-0.9256	{"upsell": [], "sentiment": ["is ridiculous", "ridiculous, I'm done", "Just wonderful"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000012	Brianna Nakamura	2026-11-16 17:47:36+00	2026-11-16	t	105.00	negative	-0.5021	{"upsell": [{"text": "add a wheel alignment at one hundred five bucks", "amount": 105.00}], "sentiment": ["not happy", "I'm still not", "pretty annoyed"], "conversion": ["Yes."]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	1
GEN_000013	Claire Coleman	2026-11-12 06:19:00+00	2026-11-12	t	28.00	positive	0.6457	{"upsell": [{"text": "add that", "amount": 28.00}], "sentiment": ["No, you've been amazing", "Thanks so much", "up so fast"], "conversion": ["Sure"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	2
GEN_000014	Omar Lindqvist	2026-11-14 09:53:55+00	2026-11-14	f	0.00	positive	0.9763	{"upsell": [], "sentiment": ["been really helpful", "Thank you so much", "You're the best"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000015	Natalie Andersen	2026-11-25 14:54:32+00	2026-11-25	f	0.00	neutral	0.0000	{"upsell": [], "sentiment": [], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000016	Omar Lindqvist	2026-11-20 14:28:06+00	2026-11-20	t	0.00	neutral	0.0000	{"upsell": [], "sentiment": [], "conversion": ["Okay"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000017	Brianna Nakamura	2026-11-15 15:58:42+00	2026-11-15	t	14.99	positive	0.5910	{"upsell": [{"text": "please.", "amount": 14.99}], "sentiment": ["Honestly, best", "sounds great", "Oh, not bad at all"], "conversion": ["Sign me up!"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	2
GEN_000018	Omar Lindqvist	2026-11-22 09:53:35+00	2026-11-22	t	0.00	negative	-0.5972	{"upsell": [], "sentiment": ["really not happy", "I'm fed up"], "conversion": ["Yes."]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
GEN_000019	Brianna Nakamura	2026-11-13 04:29:24+00	2026-11-13	t	0.00	positive	0.7425	{"upsell": [], "sentiment": ["everything you've been wonderful", "great", "great love it"], "conversion": ["i'll take it"]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	2
GEN_000020	Omar Lindqvist	2026-11-16 08:02:25+00	2026-11-16	t	0.00	positive	0.9158	{"upsell": [], "sentiment": ["really made my day", "a relief", "Oh, not bad at all"], "conversion": ["put me down for this Friday at 4 p.m."]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	1
SUB_000001	Daniel Chen	2026-11-16 11:26:33+00	2026-11-16	t	0.00	negative	-0.2913	{"upsell": [], "sentiment": ["I'm not satisfied", "I'm annoyed"], "conversion": ["Yes."]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	0
SUB_000002	James Greene	2026-11-17 12:57:36+00	2026-11-17	t	0.00	positive	0.8596	{"upsell": [], "sentiment": ["Thank you so much", "You're the best", "were so helpful"], "conversion": ["I'll book that appointment."]}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	1
SUB_000003	Daniel Chen	2026-11-17 11:33:35+00	2026-11-17	f	0.00	negative	-0.8483	{"upsell": [], "sentiment": ["I'm done", "Are you kidding me", "Whatever"], "conversion": []}	2026.11-2	1	seed	\N	\N	\N	\N	\N	\N	\N	\N	2
\.


--
-- Data for Name: ingested_files; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ingested_files (path, size, mtime_ns, outcome, batch_id) FROM stdin;
@IN@/GEN_000001.json	884	1795613941064492388	loaded	1
@IN@/GEN_000002.json	920	1795613941064492388	loaded	1
@IN@/GEN_000003.json	1068	1795613941064492388	loaded	1
@IN@/GEN_000004.json	679	1795613941064492388	loaded	1
@IN@/GEN_000005.json	1049	1795613941064492388	loaded	1
@IN@/GEN_000006.json	1025	1795613941064492388	loaded	1
@IN@/GEN_000007.json	1125	1795613941064492388	loaded	1
@IN@/GEN_000008.json	734	1795613941064492388	loaded	1
@IN@/GEN_000009.json	1215	1795613941064492388	loaded	1
@IN@/GEN_000010.json	824	1795613941064492388	loaded	1
@IN@/GEN_000011.json	928	1795613941064492388	loaded	1
@IN@/GEN_000012.json	1142	1795613941064492388	loaded	1
@IN@/GEN_000013.json	1054	1795613941064492388	loaded	1
@IN@/GEN_000014.json	903	1795613941064492388	loaded	1
@IN@/GEN_000015.json	643	1795613941064492388	loaded	1
@IN@/GEN_000016.json	808	1795613941064492388	loaded	1
@IN@/GEN_000017.json	1233	1795613941064492388	loaded	1
@IN@/GEN_000018.json	862	1795613941064492388	loaded	1
@IN@/GEN_000019.json	1067	1795613941064492388	loaded	1
@IN@/GEN_000020.json	796	1795613941064492388	loaded	1
@IN@/broken.json	19	1795613941068492388	quarantined	1
@IN@/sub/SUB_000001.json	955	1795613941064492388	loaded	1
@IN@/sub/SUB_000002.json	769	1795613941064492388	loaded	1
@IN@/sub/SUB_000003.json	897	1795613941064492388	loaded	1
\.


--
-- Data for Name: quarantine; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.quarantine (id, source_file, line_no, reason, raw, batch_id, quarantined_at) FROM stdin;
1	@IN@/broken.json	\N	invalid JSON near byte 13 (line 1, column 14)	\\x7b2263616c6c5f6964223a202242524f4b454e	1	2026-11-25 13:39:01.153544+00
\.


--
-- Data for Name: silver_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.silver_calls (call_id, agent_name, call_time, transcript, turns, turn_count, batch_id, source_format, source_line) FROM stdin;
GEN_000001	Brianna Nakamura	2026-11-12 08:23:28+00	Agent: Thank you for calling Bluewave Travel. This is Brianna. How may I help you?\nCustomer: Hi, thanks. I need a table for the chef's dinner. What do you have available?\nAgent: Sure! A table for the chef's dinner is $135. The next openings are Thursday afternoon at 3:30 or later that afternoon.\nCustomer: Hmm, not sure, but okay.\nAgent: Let me pull that up. What's your confirmation code, please?\nCustomer: It's 979-0003.\nAgent: Great, thank you. One moment.\nCustomer: I mean, maybe, I don't know.\nAgent: Great, I'll put you down for Thursday afternoon!\nCustomer: Whoa, I didn't agree to that.\nAgent: Of course, my apologies. Nothing's been done.\nCustomer: Not right now. Okay, got it. Thanks.\nAgent: Alright, take care and have a great day!	[{"speaker":"agent","text":"Thank you for calling Bluewave Travel. This is Brianna. How may I help you?"},{"speaker":"customer","text":"Hi, thanks. I need a table for the chef's dinner. What do you have available?"},{"speaker":"agent","text":"Sure! A table for the chef's dinner is $135. The next openings are Thursday afternoon at 3:30 or later that afternoon."},{"speaker":"customer","text":"Hmm, not sure, but okay."},{"speaker":"agent","text":"Let me pull that up. What's your confirmation code, please?"},{"speaker":"customer","text":"It's 979-0003."},{"speaker":"agent","text":"Great, thank you. One moment."},{"speaker":"customer","text":"I mean, maybe, I don't know."},{"speaker":"agent","text":"Great, I'll put you down for Thursday afternoon!"},{"speaker":"customer","text":"Whoa, I didn't agree to that."},{"speaker":"agent","text":"Of course, my apologies. Nothing's been done."},{"speaker":"customer","text":"Not right now. Okay, got it. Thanks."},{"speaker":"agent","text":"Alright, take care and have a great day!"}]	13	1	seed	\N
GEN_000002	Claire Coleman	2026-11-13 15:18:54+00	Agent: LedgerNest customer care, Claire here. What's going on today?\nCustomer: Oh good, a real person! Hi! My neighbor told me about your Pro plan. What's the deal with it?\nAgent: Sure! The Pro plan runs $22.50 a month. It's been really popular this year.\nCustomer: Are there any other fees?\nAgent: There's a one-time setup fee of fifty-five bucks, but that's it.\nCustomer: Wonderful, thank you!\nAgent: Let me pull that up. What's your workspace name, please?\nCustomer: Calder Manufacturing.\nAgent: Great, thank you. One moment. Can I get that set up for you today?\nCustomer: Sounds good, I'll think about it.\nAgent: Of course. I'll send that to [EMAIL].\nCustomer: Perfect. Thanks a ton, you really made my day.\nAgent: Thank you for choosing LedgerNest. Have a wonderful day!	[{"speaker":"agent","text":"LedgerNest customer care, Claire here. What's going on today?"},{"speaker":"customer","text":"Oh good, a real person! Hi! My neighbor told me about your Pro plan. What's the deal with it?"},{"speaker":"agent","text":"Sure! The Pro plan runs $22.50 a month. It's been really popular this year."},{"speaker":"customer","text":"Are there any other fees?"},{"speaker":"agent","text":"There's a one-time setup fee of fifty-five bucks, but that's it."},{"speaker":"customer","text":"Wonderful, thank you!"},{"speaker":"agent","text":"Let me pull that up. What's your workspace name, please?"},{"speaker":"customer","text":"Calder Manufacturing."},{"speaker":"agent","text":"Great, thank you. One moment. Can I get that set up for you today?"},{"speaker":"customer","text":"Sounds good, I'll think about it."},{"speaker":"agent","text":"Of course. I'll send that to [EMAIL]."},{"speaker":"customer","text":"Perfect. Thanks a ton, you really made my day."},{"speaker":"agent","text":"Thank you for choosing LedgerNest. Have a wonderful day!"}]	13	1	seed	\N
GEN_000003	Brianna Nakamura	2026-11-17 08:39:10+00	Agent: Thank you for calling Riverside Athletic Club. This is Brianna. How may I help you?\nCustomer: Hey there, thanks for picking up so fast! Do you have any openings for a free fitness assessment this week?\nAgent: Sure! There's no charge for that. The next opening is Friday at 8:30.\nCustomer: How long does it usually take?\nAgent: About an hour, give or take. Also, after that slot the next opening is more than a month out.\nCustomer: Seriously? Wow. This is so frustrating. Can I book that over the phone?\nAgent: Yes, I can take care of it on this call.\nCustomer: Fine. Book it.\nAgent: You're booked for Friday at 8:30. While I have you, have you heard about towel service?\nCustomer: How much is towel service?\nAgent: That one's 7 bucks per month.\nCustomer: Fine, add it.\nAgent: You got it. Is there anything else on your mind today?\nCustomer: No. This whole thing has been a nightmare.\nAgent: I'm sorry again, Elena. Have a great day.	[{"speaker":"agent","text":"Thank you for calling Riverside Athletic Club. This is Brianna. How may I help you?"},{"speaker":"customer","text":"Hey there, thanks for picking up so fast! Do you have any openings for a free fitness assessment this week?"},{"speaker":"agent","text":"Sure! There's no charge for that. The next opening is Friday at 8:30."},{"speaker":"customer","text":"How long does it usually take?"},{"speaker":"agent","text":"About an hour, give or take. Also, after that slot the next opening is more than a month out."},{"speaker":"customer","text":"Seriously? Wow. This is so frustrating. Can I book that over the phone?"},{"speaker":"agent","text":"Yes, I can take care of it on this call."},{"speaker":"customer","text":"Fine. Book it."},{"speaker":"agent","text":"You're booked for Friday at 8:30. While I have you, have you heard about towel service?"},{"speaker":"customer","text":"How much is towel service?"},{"speaker":"agent","text":"That one's 7 bucks per month."},{"speaker":"customer","text":"Fine, add it."},{"speaker":"agent","text":"You got it. Is there anything else on your mind today?"},{"speaker":"customer","text":"No. This whole thing has been a nightmare."},{"speaker":"agent","text":"I'm sorry again, Elena. Have a great day."}]	15	1	seed	\N
GEN_000004	Claire Coleman	2026-11-16 16:23:34+00	Agent: Wanderway Tours, this is Claire speaking. What can I do for you?\nCustomer: I wanted to ask about pricing on the three-night beach package.\nAgent: Absolutely. You'd be looking at one thousand three hundred sixty dollars for the three-night beach package.\nCustomer: I'd take it if you could deliver it this week.\nAgent: Unfortunately I can't go any lower than that.\nCustomer: Okay, then I'll stick with what I have.\nAgent: Anything else I can do for you?\nCustomer: Nope, that's everything.\nAgent: Thanks for calling Wanderway Tours, Samir. Have a great day!	[{"speaker":"agent","text":"Wanderway Tours, this is Claire speaking. What can I do for you?"},{"speaker":"customer","text":"I wanted to ask about pricing on the three-night beach package."},{"speaker":"agent","text":"Absolutely. You'd be looking at one thousand three hundred sixty dollars for the three-night beach package."},{"speaker":"customer","text":"I'd take it if you could deliver it this week."},{"speaker":"agent","text":"Unfortunately I can't go any lower than that."},{"speaker":"customer","text":"Okay, then I'll stick with what I have."},{"speaker":"agent","text":"Anything else I can do for you?"},{"speaker":"customer","text":"Nope, that's everything."},{"speaker":"agent","text":"Thanks for calling Wanderway Tours, Samir. Have a great day!"}]	9	1	seed	\N
GEN_000005	Omar Lindqvist	2026-11-17 16:23:43+00	Agent: Riverbend Power and Light customer care, Omar here. What's going on today?\nCustomer: I was hoping to set up a furnace tune-up visit.\nAgent: We can do that. It's $125, and I have Monday at 1 p.m. available.\nCustomer: Do I need to prepare anything?\nAgent: No, we'll take care of everything. I've also put you on our priority list, so if anything opens up sooner you'll get a text.\nCustomer: Oh, that's great. Oh nice, that's great. Monday at 1 p.m. is perfect. Go ahead and book it!\nAgent: All set for Monday at 1 p.m. You'll get a reminder text the day before. I can also add the furnace maintenance plan. It's normally $12.99 per month, but I can do $8 per month for you today. Want me to add it?\nCustomer: Yes, add that, thanks!\nAgent: Added. Is there anything else on your mind today?\nCustomer: No, I'm all set. Thanks, you're a lifesaver.\nAgent: Alright, take care and have a great day!\nCustomer: Bye!	[{"speaker":"agent","text":"Riverbend Power and Light customer care, Omar here. What's going on today?"},{"speaker":"customer","text":"I was hoping to set up a furnace tune-up visit."},{"speaker":"agent","text":"We can do that. It's $125, and I have Monday at 1 p.m. available."},{"speaker":"customer","text":"Do I need to prepare anything?"},{"speaker":"agent","text":"No, we'll take care of everything. I've also put you on our priority list, so if anything opens up sooner you'll get a text."},{"speaker":"customer","text":"Oh, that's great. Oh nice, that's great. Monday at 1 p.m. is perfect. Go ahead and book it!"},{"speaker":"agent","text":"All set for Monday at 1 p.m. You'll get a reminder text the day before. I can also add the furnace maintenance plan. It's normally $12.99 per month, but I can do $8 per month for you today. Want me to add it?"},{"speaker":"customer","text":"Yes, add that, thanks!"},{"speaker":"agent","text":"Added. Is there anything else on your mind today?"},{"speaker":"customer","text":"No, I'm all set. Thanks, you're a lifesaver."},{"speaker":"agent","text":"Alright, take care and have a great day!"},{"speaker":"customer","text":"Bye!"}]	12	1	seed	\N
GEN_000006	Claire Coleman	2026-11-17 15:26:17+00	Agent: Hi there, welcome to Granite Gas and Electric! I'm Claire. What can I do for you?\nCustomer: Honestly, I'm fed up. I'd like to cancel my service, effective today.\nAgent: Oh no, sorry to hear it. What's going on?\nCustomer: Honestly, I'm moving out of state at the end of the month.\nAgent: Can I get your account number?\nCustomer: It's 787-5872.\nAgent: Thanks, I've got your account up. Another option is switching to the standard variable plan at ninety-four dollars and ninety-nine cents monthly. Would you like me to apply that instead of cancelling?\nCustomer: Yes. Just get it done.\nAgent: Great, I've made the change. You're all set and nothing gets cancelled. Is there anything else I can help you with today?\nCustomer: No. I'm really not happy with how this was handled.\nAgent: I understand, and I'm sorry for the trouble. I hope you still have a great day.\nCustomer: Mm. Bye.	[{"speaker":"agent","text":"Hi there, welcome to Granite Gas and Electric! I'm Claire. What can I do for you?"},{"speaker":"customer","text":"Honestly, I'm fed up. I'd like to cancel my service, effective today."},{"speaker":"agent","text":"Oh no, sorry to hear it. What's going on?"},{"speaker":"customer","text":"Honestly, I'm moving out of state at the end of the month."},{"speaker":"agent","text":"Can I get your account number?"},{"speaker":"customer","text":"It's 787-5872."},{"speaker":"agent","text":"Thanks, I've got your account up. Another option is switching to the standard variable plan at ninety-four dollars and ninety-nine cents monthly. Would you like me to apply that instead of cancelling?"},{"speaker":"customer","text":"Yes. Just get it done."},{"speaker":"agent","text":"Great, I've made the change. You're all set and nothing gets cancelled. Is there anything else I can help you with today?"},{"speaker":"customer","text":"No. I'm really not happy with how this was handled."},{"speaker":"agent","text":"I understand, and I'm sorry for the trouble. I hope you still have a great day."},{"speaker":"customer","text":"Mm. Bye."}]	12	1	seed	\N
GEN_000007	Claire Coleman	2026-11-18 20:19:23+00	Agent: hi you've reached suncrest utilities my name is claire how can i help\nCustomer: um oh great another half hour of hold music uh love that uh i was hoping to set up a furnace tune up visit\nAgent: we can do that it's one hundred fifteen dollars and i have wednesday at one in the afternoon available can i get your full name\nCustomer: uh sure sofia yamamoto\nAgent: thanks sofia and a good email for you\nCustomer: it's sofia dot yamamoto at hotmail dot com\nAgent: got it would you like me to book that for wednesday at one in the afternoon\nCustomer: yeah fine go ahead\nAgent: great i've got you down for wednesday at one in the afternoon we can also add the furnace maintenance plan for nine ninety nine per month want me to include that\nCustomer: fine add it\nAgent: added\nCustomer: fine this was a total waste of my afternoon\nAgent: so i understand and i'm sorry for the trouble i hope you still have a great day\nCustomer: um mm bye	[{"speaker":"agent","text":"hi you've reached suncrest utilities my name is claire how can i help"},{"speaker":"customer","text":"um oh great another half hour of hold music uh love that uh i was hoping to set up a furnace tune up visit"},{"speaker":"agent","text":"we can do that it's one hundred fifteen dollars and i have wednesday at one in the afternoon available can i get your full name"},{"speaker":"customer","text":"uh sure sofia yamamoto"},{"speaker":"agent","text":"thanks sofia and a good email for you"},{"speaker":"customer","text":"it's sofia dot yamamoto at hotmail dot com"},{"speaker":"agent","text":"got it would you like me to book that for wednesday at one in the afternoon"},{"speaker":"customer","text":"yeah fine go ahead"},{"speaker":"agent","text":"great i've got you down for wednesday at one in the afternoon we can also add the furnace maintenance plan for nine ninety nine per month want me to include that"},{"speaker":"customer","text":"fine add it"},{"speaker":"agent","text":"added"},{"speaker":"customer","text":"fine this was a total waste of my afternoon"},{"speaker":"agent","text":"so i understand and i'm sorry for the trouble i hope you still have a great day"},{"speaker":"customer","text":"um mm bye"}]	14	1	seed	\N
GEN_000008	Omar Lindqvist	2026-11-20 20:40:19+00	Agent: Pipeline HQ, this is Omar speaking. What can I do for you?\nCustomer: Hi. I saw the Starter plan on your website and had some questions.\nAgent: Sure! The Starter plan runs $9 per month. It's been really popular this year.\nCustomer: Hmm, not sure, but okay.\nAgent: Shall I set that up for you?\nCustomer: I'll pass, thanks.\nAgent: Totally fair. No pressure at all. I've credited $10 to your account for the hold time today.\nCustomer: Oh good, that's a relief. Wonderful, thank you! Great, that's everything. You've been wonderful.\nAgent: Thank you for choosing Pipeline HQ. Have a wonderful day!	[{"speaker":"agent","text":"Pipeline HQ, this is Omar speaking. What can I do for you?"},{"speaker":"customer","text":"Hi. I saw the Starter plan on your website and had some questions."},{"speaker":"agent","text":"Sure! The Starter plan runs $9 per month. It's been really popular this year."},{"speaker":"customer","text":"Hmm, not sure, but okay."},{"speaker":"agent","text":"Shall I set that up for you?"},{"speaker":"customer","text":"I'll pass, thanks."},{"speaker":"agent","text":"Totally fair. No pressure at all. I've credited $10 to your account for the hold time today."},{"speaker":"customer","text":"Oh good, that's a relief. Wonderful, thank you! Great, that's everything. You've been wonderful."},{"speaker":"agent","text":"Thank you for choosing Pipeline HQ. Have a wonderful day!"}]	9	1	seed	\N
GEN_000009	Brianna Nakamura	2026-11-17 12:35:08+00	Agent: Hi there, welcome to HomeCraft Appliances! I'm Brianna. What can I do for you?\nCustomer: Hi. I'm pretty annoyed right now, so bear with me. My neighbor told me about your stainless steel dishwasher. What's the deal with it?\nAgent: Great question. The stainless steel dishwasher comes in at one thousand sixty dollars, and a lot of customers love it.\nCustomer: Hmm, that's more than I pay now.\nAgent: I understand. It does include everything we talked about, with no surprises.\nCustomer: Is that the total?\nAgent: That's the price before tax.\nCustomer: Figures.\nAgent: Can I get your full name?\nCustomer: Maria Mbeki.\nAgent: Great. What's the best email to reach you?\nCustomer: It's [EMAIL].\nAgent: Got it.\nCustomer: Can I buy it through your website instead?\nAgent: Sure, you can do it on our website anytime.\nCustomer: Okay, I'll look at it tonight.\nAgent: Can I help with anything else?\nCustomer: Nope. Honestly, this was an awful experience.\nAgent: I'm sorry again, Maria. Have a great day.	[{"speaker":"agent","text":"Hi there, welcome to HomeCraft Appliances! I'm Brianna. What can I do for you?"},{"speaker":"customer","text":"Hi. I'm pretty annoyed right now, so bear with me. My neighbor told me about your stainless steel dishwasher. What's the deal with it?"},{"speaker":"agent","text":"Great question. The stainless steel dishwasher comes in at one thousand sixty dollars, and a lot of customers love it."},{"speaker":"customer","text":"Hmm, that's more than I pay now."},{"speaker":"agent","text":"I understand. It does include everything we talked about, with no surprises."},{"speaker":"customer","text":"Is that the total?"},{"speaker":"agent","text":"That's the price before tax."},{"speaker":"customer","text":"Figures."},{"speaker":"agent","text":"Can I get your full name?"},{"speaker":"customer","text":"Maria Mbeki."},{"speaker":"agent","text":"Great. What's the best email to reach you?"},{"speaker":"customer","text":"It's [EMAIL]."},{"speaker":"agent","text":"Got it."},{"speaker":"customer","text":"Can I buy it through your website instead?"},{"speaker":"agent","text":"Sure, you can do it on our website anytime."},{"speaker":"customer","text":"Okay, I'll look at it tonight."},{"speaker":"agent","text":"Can I help with anything else?"},{"speaker":"customer","text":"Nope. Honestly, this was an awful experience."},{"speaker":"agent","text":"I'm sorry again, Maria. Have a great day."}]	19	1	seed	\N
GEN_000010	Omar Lindqvist	2026-11-20 18:06:07+00	Agent: hi you've reached hometown tire and brake my name is omar how can i help\nCustomer: hey there thanks for picking up so fast i need the thirty thousand mile service what do you have available\nAgent: we can do that it's three hundred twenty dollars and i have thursday at eleven thirty available\nCustomer: how long does it usually take\nAgent: about an hour give or take\nCustomer: uh that's good to hear\nAgent: want me to lock in thursday at eleven thirty for you\nCustomer: no that's not going to work\nAgent: totally fair is there anything else on your mind today\nCustomer: that's all honestly best customer service i've had in a while\nAgent: alright take care and have a great day\nCustomer: thanks you too	[{"speaker":"agent","text":"hi you've reached hometown tire and brake my name is omar how can i help"},{"speaker":"customer","text":"hey there thanks for picking up so fast i need the thirty thousand mile service what do you have available"},{"speaker":"agent","text":"we can do that it's three hundred twenty dollars and i have thursday at eleven thirty available"},{"speaker":"customer","text":"how long does it usually take"},{"speaker":"agent","text":"about an hour give or take"},{"speaker":"customer","text":"uh that's good to hear"},{"speaker":"agent","text":"want me to lock in thursday at eleven thirty for you"},{"speaker":"customer","text":"no that's not going to work"},{"speaker":"agent","text":"totally fair is there anything else on your mind today"},{"speaker":"customer","text":"that's all honestly best customer service i've had in a while"},{"speaker":"agent","text":"alright take care and have a great day"},{"speaker":"customer","text":"thanks you too"}]	12	1	seed	\N
GEN_000011	Omar Lindqvist	2026-11-24 17:45:17+00	Agent: Cloudpact customer care, Omar here. What's going on today?\nCustomer: Hi. I'm not happy, so I'll get right to it. Yeah, so the calendar sync stopped working on my phone.\nAgent: Let me take a look. Okay, it looks like the sync token expired after the last app update.\nCustomer: I'm not happy about this at all.\nAgent: Unfortunately, it's a known bug in the current app version and the fix isn't out yet. I've opened a ticket for you.\nCustomer: Oh, wonderful. Just wonderful.\nAgent: While I have you, priority support is $48.95 per year. Interested in adding that?\nCustomer: No. I'm already paying enough.\nAgent: Totally understand. Anything else I can do for you?\nCustomer: No. This is ridiculous, I'm done.\nAgent: I hear you, and I apologize. Thank you for calling Cloudpact, have a good day.\nCustomer: Bye.	[{"speaker":"agent","text":"Cloudpact customer care, Omar here. What's going on today?"},{"speaker":"customer","text":"Hi. I'm not happy, so I'll get right to it. Yeah, so the calendar sync stopped working on my phone."},{"speaker":"agent","text":"Let me take a look. Okay, it looks like the sync token expired after the last app update."},{"speaker":"customer","text":"I'm not happy about this at all."},{"speaker":"agent","text":"Unfortunately, it's a known bug in the current app version and the fix isn't out yet. I've opened a ticket for you."},{"speaker":"customer","text":"Oh, wonderful. Just wonderful."},{"speaker":"agent","text":"While I have you, priority support is $48.95 per year. Interested in adding that?"},{"speaker":"customer","text":"No. I'm already paying enough."},{"speaker":"agent","text":"Totally understand. Anything else I can do for you?"},{"speaker":"customer","text":"No. This is ridiculous, I'm done."},{"speaker":"agent","text":"I hear you, and I apologize. Thank you for calling Cloudpact, have a good day."},{"speaker":"customer","text":"Bye."}]	12	1	seed	\N
GEN_000012	Brianna Nakamura	2026-11-16 17:47:36+00	Agent: Hi there, welcome to Cornerstone Motors Service! I'm Brianna. What can I do for you?\nCustomer: Hi. I'm pretty annoyed right now, so bear with me. Do you have any openings for a check engine light diagnostic this week?\nAgent: We can do that. It's one hundred thirty-four dollars and forty-nine cents, and I have Wednesday morning at 3:30 available. Who do I have the pleasure of speaking with?\nCustomer: Sure, Rachel Silva.\nAgent: Great. What's the best email to reach you?\nCustomer: It's [EMAIL].\nAgent: Got it. Shall I put you down for Wednesday morning at 3:30?\nCustomer: Yes. Just get it done.\nAgent: You're booked for Wednesday morning at 3:30.\nCustomer: And add a wheel alignment at one hundred five bucks, please.\nAgent: Absolutely, I've added a wheel alignment.\nCustomer: Okay. I'm still not happy about any of this.\nAgent: I hear you, and I apologize. Thank you for calling Cornerstone Motors Service, have a good day.	[{"speaker":"agent","text":"Hi there, welcome to Cornerstone Motors Service! I'm Brianna. What can I do for you?"},{"speaker":"customer","text":"Hi. I'm pretty annoyed right now, so bear with me. Do you have any openings for a check engine light diagnostic this week?"},{"speaker":"agent","text":"We can do that. It's one hundred thirty-four dollars and forty-nine cents, and I have Wednesday morning at 3:30 available. Who do I have the pleasure of speaking with?"},{"speaker":"customer","text":"Sure, Rachel Silva."},{"speaker":"agent","text":"Great. What's the best email to reach you?"},{"speaker":"customer","text":"It's [EMAIL]."},{"speaker":"agent","text":"Got it. Shall I put you down for Wednesday morning at 3:30?"},{"speaker":"customer","text":"Yes. Just get it done."},{"speaker":"agent","text":"You're booked for Wednesday morning at 3:30."},{"speaker":"customer","text":"And add a wheel alignment at one hundred five bucks, please."},{"speaker":"agent","text":"Absolutely, I've added a wheel alignment."},{"speaker":"customer","text":"Okay. I'm still not happy about any of this."},{"speaker":"agent","text":"I hear you, and I apologize. Thank you for calling Cornerstone Motors Service, have a good day."}]	13	1	seed	\N
GEN_000013	Claire Coleman	2026-11-12 06:19:00+00	Agent: CoreLine Studios, this is Claire speaking. What can I do for you?\nCustomer: Hey there, thanks for picking up so fast! I need a tour of the club. What do you have available?\nAgent: Absolutely, that one's free. I have next Tuesday at 8 a.m. open.\nCustomer: Do I need to bring anything?\nAgent: Nope, just yourself. Who do I have the pleasure of speaking with?\nCustomer: It's Sofia Hoffman.\nAgent: Thanks, Sofia. And a good email for you?\nCustomer: Sure, [EMAIL].\nAgent: Got it. Shall I put you down for next Tuesday at 8 a.m.?\nCustomer: Sure, go ahead. Thanks!\nAgent: Great, I've got you down for next Tuesday at 8 a.m. While I have you, the group class pass is $28 a month. Interested in adding that?\nCustomer: Yes, add that, thanks!\nAgent: You got it. Is there anything else I can help you with today?\nCustomer: No, you've been amazing. Thanks so much.\nAgent: Thanks, Sofia. Have a good one!	[{"speaker":"agent","text":"CoreLine Studios, this is Claire speaking. What can I do for you?"},{"speaker":"customer","text":"Hey there, thanks for picking up so fast! I need a tour of the club. What do you have available?"},{"speaker":"agent","text":"Absolutely, that one's free. I have next Tuesday at 8 a.m. open."},{"speaker":"customer","text":"Do I need to bring anything?"},{"speaker":"agent","text":"Nope, just yourself. Who do I have the pleasure of speaking with?"},{"speaker":"customer","text":"It's Sofia Hoffman."},{"speaker":"agent","text":"Thanks, Sofia. And a good email for you?"},{"speaker":"customer","text":"Sure, [EMAIL]."},{"speaker":"agent","text":"Got it. Shall I put you down for next Tuesday at 8 a.m.?"},{"speaker":"customer","text":"Sure, go ahead. Thanks!"},{"speaker":"agent","text":"Great, I've got you down for next Tuesday at 8 a.m. While I have you, the group class pass is $28 a month. Interested in adding that?"},{"speaker":"customer","text":"Yes, add that, thanks!"},{"speaker":"agent","text":"You got it. Is there anything else I can help you with today?"},{"speaker":"customer","text":"No, you've been amazing. Thanks so much."},{"speaker":"agent","text":"Thanks, Sofia. Have a good one!"}]	15	1	seed	\N
GEN_000014	Omar Lindqvist	2026-11-14 09:53:55+00	Agent: Hi there, welcome to LedgerNest! I'm Omar. What can I do for you?\nCustomer: Hi there! You folks were so helpful last time. We were billed for users we removed last month. Awesome, I appreciate that.\nAgent: And what's the workspace name?\nCustomer: Okay, one sec... Summit Dental Group.\nAgent: Great, thank you. One moment. Okay, I found it. The seat count only updates at renewal.\nCustomer: That's really helpful, thank you.\nAgent: Good news: I've corrected the seat count and refunded the difference. I've also credited $25 to your account for the trouble.\nCustomer: You're the best, honestly.\nAgent: Is there anything else I can help you with today?\nCustomer: No, that's everything. Thank you so much, you've been really helpful!\nAgent: Thanks, Derek. Have a good one!	[{"speaker":"agent","text":"Hi there, welcome to LedgerNest! I'm Omar. What can I do for you?"},{"speaker":"customer","text":"Hi there! You folks were so helpful last time. We were billed for users we removed last month. Awesome, I appreciate that."},{"speaker":"agent","text":"And what's the workspace name?"},{"speaker":"customer","text":"Okay, one sec... Summit Dental Group."},{"speaker":"agent","text":"Great, thank you. One moment. Okay, I found it. The seat count only updates at renewal."},{"speaker":"customer","text":"That's really helpful, thank you."},{"speaker":"agent","text":"Good news: I've corrected the seat count and refunded the difference. I've also credited $25 to your account for the trouble."},{"speaker":"customer","text":"You're the best, honestly."},{"speaker":"agent","text":"Is there anything else I can help you with today?"},{"speaker":"customer","text":"No, that's everything. Thank you so much, you've been really helpful!"},{"speaker":"agent","text":"Thanks, Derek. Have a good one!"}]	11	1	seed	\N
GEN_000015	Natalie Andersen	2026-11-25 14:54:32+00	Agent: Hi there, welcome to Riverbend Power and Light! I'm Natalie. What can I do for you?\nCustomer: The power has been out on my street since this morning.\nAgent: Can you verify your account number for me?\nCustomer: It's 406-401097.\nAgent: Great, thank you. One moment. Okay, I found it. A transformer failed after the storm. Okay, I've confirmed a crew is on site and power should be back within the hour. You should be all set.\nCustomer: Alright, thank you.\nAgent: Alright, take care and have a great day!	[{"speaker":"agent","text":"Hi there, welcome to Riverbend Power and Light! I'm Natalie. What can I do for you?"},{"speaker":"customer","text":"The power has been out on my street since this morning."},{"speaker":"agent","text":"Can you verify your account number for me?"},{"speaker":"customer","text":"It's 406-401097."},{"speaker":"agent","text":"Great, thank you. One moment. Okay, I found it. A transformer failed after the storm. Okay, I've confirmed a crew is on site and power should be back within the hour. You should be all set."},{"speaker":"customer","text":"Alright, thank you."},{"speaker":"agent","text":"Alright, take care and have a great day!"}]	7	1	seed	\N
GEN_000016	Omar Lindqvist	2026-11-20 14:28:06+00	Agent: Coastline Hotels customer care, Omar here. What's going on today?\nCustomer: I'm thinking about getting the travel club membership.\nAgent: Absolutely. You'd be looking at $169.95 per year for the travel club membership.\nCustomer: Uh-huh.\nAgent: Let me pull that up. What's your confirmation code, please?\nCustomer: Sure, it's 005-01742.\nAgent: Got it. Is [EMAIL] still the best email for you?\nCustomer: Yep, that's the one.\nAgent: Should I go ahead and switch you over?\nCustomer: Okay, yes.\nAgent: Perfect, you're all set. Welcome aboard!\nCustomer: Okay, got it. Thanks.\nAgent: My pleasure. Have a great rest of your day!\nCustomer: Thanks, bye.	[{"speaker":"agent","text":"Coastline Hotels customer care, Omar here. What's going on today?"},{"speaker":"customer","text":"I'm thinking about getting the travel club membership."},{"speaker":"agent","text":"Absolutely. You'd be looking at $169.95 per year for the travel club membership."},{"speaker":"customer","text":"Uh-huh."},{"speaker":"agent","text":"Let me pull that up. What's your confirmation code, please?"},{"speaker":"customer","text":"Sure, it's 005-01742."},{"speaker":"agent","text":"Got it. Is [EMAIL] still the best email for you?"},{"speaker":"customer","text":"Yep, that's the one."},{"speaker":"agent","text":"Should I go ahead and switch you over?"},{"speaker":"customer","text":"Okay, yes."},{"speaker":"agent","text":"Perfect, you're all set. Welcome aboard!"},{"speaker":"customer","text":"Okay, got it. Thanks."},{"speaker":"agent","text":"My pleasure. Have a great rest of your day!"},{"speaker":"customer","text":"Thanks, bye."}]	14	1	seed	\N
GEN_000017	Brianna Nakamura	2026-11-15 15:58:42+00	Agent: Hi, you've reached Brightline Wireless. My name is Brianna, how can I help?\nCustomer: Hello, yes. My neighbor told me about your Internet Essentials plan. What's the deal with it?\nAgent: Happy to help! The Internet Essentials plan is $40.50 a month, and it's our most popular option right now.\nCustomer: Are there any other fees?\nAgent: There's a one-time setup fee of $50, but that's it.\nCustomer: Alright.\nAgent: Let me pull that up. What's your account number, please?\nCustomer: It's 224-195437.\nAgent: Perfect, I see it here. I also went ahead and credited $15 to your account for the wait today.\nCustomer: Oh wow, that's perfect. Oh, not bad at all. That sounds great. Sign me up!\nAgent: Done! You'll get a confirmation email shortly. We can also add device protection for $14.99 a month. Want me to include that?\nCustomer: Ooh, yes please.\nAgent: Added. Anything else I can do for you?\nCustomer: That's all. Honestly, best customer service I've had in a while.\nAgent: My pleasure. Have a great rest of your day!\nCustomer: You too! Bye.	[{"speaker":"agent","text":"Hi, you've reached Brightline Wireless. My name is Brianna, how can I help?"},{"speaker":"customer","text":"Hello, yes. My neighbor told me about your Internet Essentials plan. What's the deal with it?"},{"speaker":"agent","text":"Happy to help! The Internet Essentials plan is $40.50 a month, and it's our most popular option right now."},{"speaker":"customer","text":"Are there any other fees?"},{"speaker":"agent","text":"There's a one-time setup fee of $50, but that's it."},{"speaker":"customer","text":"Alright."},{"speaker":"agent","text":"Let me pull that up. What's your account number, please?"},{"speaker":"customer","text":"It's 224-195437."},{"speaker":"agent","text":"Perfect, I see it here. I also went ahead and credited $15 to your account for the wait today."},{"speaker":"customer","text":"Oh wow, that's perfect. Oh, not bad at all. That sounds great. Sign me up!"},{"speaker":"agent","text":"Done! You'll get a confirmation email shortly. We can also add device protection for $14.99 a month. Want me to include that?"},{"speaker":"customer","text":"Ooh, yes please."},{"speaker":"agent","text":"Added. Anything else I can do for you?"},{"speaker":"customer","text":"That's all. Honestly, best customer service I've had in a while."},{"speaker":"agent","text":"My pleasure. Have a great rest of your day!"},{"speaker":"customer","text":"You too! Bye."}]	16	1	seed	\N
GEN_000018	Omar Lindqvist	2026-11-22 09:53:35+00	Agent: Hi there, welcome to Northgate Electronics! I'm Omar. What can I do for you?\nCustomer: Honestly, I'm fed up. I want to cancel my order.\nAgent: I'm sorry to hear that. Can I ask why?\nCustomer: The delivery date keeps slipping.\nAgent: Instead of cancelling, would you consider the floor model? It's five hundred twenty dollars, and nothing else changes. Shall I put that on your account so you can stay with us?\nCustomer: Yes. Just get it done.\nAgent: Great, I've made the change. You're all set and nothing gets cancelled. Is there anything else on your mind today?\nCustomer: No. I'm really not happy with how this was handled.\nAgent: I understand, and I'm sorry for the trouble. I hope you still have a great day.\nCustomer: Bye.	[{"speaker":"agent","text":"Hi there, welcome to Northgate Electronics! I'm Omar. What can I do for you?"},{"speaker":"customer","text":"Honestly, I'm fed up. I want to cancel my order."},{"speaker":"agent","text":"I'm sorry to hear that. Can I ask why?"},{"speaker":"customer","text":"The delivery date keeps slipping."},{"speaker":"agent","text":"Instead of cancelling, would you consider the floor model? It's five hundred twenty dollars, and nothing else changes. Shall I put that on your account so you can stay with us?"},{"speaker":"customer","text":"Yes. Just get it done."},{"speaker":"agent","text":"Great, I've made the change. You're all set and nothing gets cancelled. Is there anything else on your mind today?"},{"speaker":"customer","text":"No. I'm really not happy with how this was handled."},{"speaker":"agent","text":"I understand, and I'm sorry for the trouble. I hope you still have a great day."},{"speaker":"customer","text":"Bye."}]	10	1	seed	\N
GEN_000019	Brianna Nakamura	2026-11-13 04:29:24+00	Agent: hi is this darnell this is brianna calling from evergreen home and auto\nCustomer: yes speaking\nAgent: we're reaching out to customers like you about the homeowners policy it's one thousand four hundred twenty dollars a year right now\nCustomer: is that the full price or is there more on top\nAgent: that's the full price if you sign up today you also get ten dollars off the first bill i also went ahead and credited forty dollars to your account for the wait today\nCustomer: oh that's great love it i'll take it\nAgent: great i've got that set up for you um by the way we also offer rental car coverage\nCustomer: what does rental car coverage cost\nAgent: it's five dollars and ninety five cents a month\nCustomer: hmm no i'll skip that\nAgent: totally understand\nCustomer: great that's everything you've been wonderful\nAgent: thanks for calling evergreen home and auto darnell have a great day\nCustomer: so thanks you too	[{"speaker":"agent","text":"hi is this darnell this is brianna calling from evergreen home and auto"},{"speaker":"customer","text":"yes speaking"},{"speaker":"agent","text":"we're reaching out to customers like you about the homeowners policy it's one thousand four hundred twenty dollars a year right now"},{"speaker":"customer","text":"is that the full price or is there more on top"},{"speaker":"agent","text":"that's the full price if you sign up today you also get ten dollars off the first bill i also went ahead and credited forty dollars to your account for the wait today"},{"speaker":"customer","text":"oh that's great love it i'll take it"},{"speaker":"agent","text":"great i've got that set up for you um by the way we also offer rental car coverage"},{"speaker":"customer","text":"what does rental car coverage cost"},{"speaker":"agent","text":"it's five dollars and ninety five cents a month"},{"speaker":"customer","text":"hmm no i'll skip that"},{"speaker":"agent","text":"totally understand"},{"speaker":"customer","text":"great that's everything you've been wonderful"},{"speaker":"agent","text":"thanks for calling evergreen home and auto darnell have a great day"},{"speaker":"customer","text":"so thanks you too"}]	14	1	seed	\N
GEN_000020	Omar Lindqvist	2026-11-16 08:02:25+00	Agent: Thank you for calling Hometown Tire and Brake. This is Omar. How may I help you?\nCustomer: Hi, thanks. I'm calling to see about a check engine light diagnostic.\nAgent: We can do that. It's $130, and I have this Friday at 4 p.m. available.\nCustomer: Do I need to bring anything?\nAgent: Nope, just yourself.\nCustomer: Okay, no problem. Okay, put me down for this Friday at 4 p.m.\nAgent: Great, I've got you down for this Friday at 4 p.m. Since it's your first visit, I can take $45 off.\nCustomer: Oh good, that's a relief. Oh, not bad at all. Perfect. Thanks a ton, you really made my day.\nAgent: My pleasure. Have a great rest of your day!\nCustomer: Bye!	[{"speaker":"agent","text":"Thank you for calling Hometown Tire and Brake. This is Omar. How may I help you?"},{"speaker":"customer","text":"Hi, thanks. I'm calling to see about a check engine light diagnostic."},{"speaker":"agent","text":"We can do that. It's $130, and I have this Friday at 4 p.m. available."},{"speaker":"customer","text":"Do I need to bring anything?"},{"speaker":"agent","text":"Nope, just yourself."},{"speaker":"customer","text":"Okay, no problem. Okay, put me down for this Friday at 4 p.m."},{"speaker":"agent","text":"Great, I've got you down for this Friday at 4 p.m. Since it's your first visit, I can take $45 off."},{"speaker":"customer","text":"Oh good, that's a relief. Oh, not bad at all. Perfect. Thanks a ton, you really made my day."},{"speaker":"agent","text":"My pleasure. Have a great rest of your day!"},{"speaker":"customer","text":"Bye!"}]	10	1	seed	\N
SUB_000001	Daniel Chen	2026-11-16 11:26:33+00	Agent: Thanks for calling Bluepeak Assurance, this is Daniel. How can I help you today?\nCustomer: Hello! I'm in a great mood today, so let's make this easy. I'm calling to see about a home inspection for the new policy.\nAgent: Absolutely, that one's free. I have Tuesday at 9 a.m. open. Let me pull that up. What's your policy number, please?\nCustomer: Okay, one sec... 987-66514.\nAgent: Thanks, I've got your account up. Also, after that slot the next opening is more than a month out.\nCustomer: Okay, now I'm annoyed.\nAgent: Shall I put you down for Tuesday at 9 a.m.?\nCustomer: Yes. Just get it done.\nAgent: Great, I've got you down for Tuesday at 9 a.m. Is there anything else I can help you with today?\nCustomer: No. I'm not satisfied, and I want that on record.\nAgent: I'm sorry again, Lucia. Have a great day.\nCustomer: Bye.	[{"speaker":"agent","text":"Thanks for calling Bluepeak Assurance, this is Daniel. How can I help you today?"},{"speaker":"customer","text":"Hello! I'm in a great mood today, so let's make this easy. I'm calling to see about a home inspection for the new policy."},{"speaker":"agent","text":"Absolutely, that one's free. I have Tuesday at 9 a.m. open. Let me pull that up. What's your policy number, please?"},{"speaker":"customer","text":"Okay, one sec... 987-66514."},{"speaker":"agent","text":"Thanks, I've got your account up. Also, after that slot the next opening is more than a month out."},{"speaker":"customer","text":"Okay, now I'm annoyed."},{"speaker":"agent","text":"Shall I put you down for Tuesday at 9 a.m.?"},{"speaker":"customer","text":"Yes. Just get it done."},{"speaker":"agent","text":"Great, I've got you down for Tuesday at 9 a.m. Is there anything else I can help you with today?"},{"speaker":"customer","text":"No. I'm not satisfied, and I want that on record."},{"speaker":"agent","text":"I'm sorry again, Lucia. Have a great day."},{"speaker":"customer","text":"Bye."}]	12	1	seed	\N
SUB_000002	James Greene	2026-11-17 12:57:36+00	Agent: Evergreen Home and Auto, this is James speaking. What can I do for you?\nCustomer: Hi there! You folks were so helpful last time. I'm calling to see about a home inspection for the new policy.\nAgent: Absolutely, that one's free. I have next Tuesday at 11 a.m. open.\nCustomer: Do I need to bring anything?\nAgent: Nope, just yourself.\nCustomer: You're the best, honestly. Yes, I'll book that appointment. Thank you!\nAgent: All set for next Tuesday at 11 a.m. You'll get a reminder text the day before.\nCustomer: Okay, that's all I needed. Thank you so much, really!\nAgent: Thank you for choosing Evergreen Home and Auto. Have a wonderful day!	[{"speaker":"agent","text":"Evergreen Home and Auto, this is James speaking. What can I do for you?"},{"speaker":"customer","text":"Hi there! You folks were so helpful last time. I'm calling to see about a home inspection for the new policy."},{"speaker":"agent","text":"Absolutely, that one's free. I have next Tuesday at 11 a.m. open."},{"speaker":"customer","text":"Do I need to bring anything?"},{"speaker":"agent","text":"Nope, just yourself."},{"speaker":"customer","text":"You're the best, honestly. Yes, I'll book that appointment. Thank you!"},{"speaker":"agent","text":"All set for next Tuesday at 11 a.m. You'll get a reminder text the day before."},{"speaker":"customer","text":"Okay, that's all I needed. Thank you so much, really!"},{"speaker":"agent","text":"Thank you for choosing Evergreen Home and Auto. Have a wonderful day!"}]	9	1	seed	\N
SUB_000003	Daniel Chen	2026-11-17 11:33:35+00	Agent: Hello, may I speak with Hector Singh? This is Daniel with Peak Motion Gym.\nCustomer: Yes, speaking.\nAgent: I'm calling because you qualify for our monthly membership at forty-seven dollars and forty-nine cents per month.\nCustomer: Is that the full price, or is there more on top?\nAgent: That's the full price. If you sign up today, you also get 20 dollars off the first bill. I'm also required to let you know there's a processing fee of forty dollars on the account.\nCustomer: Are you kidding me? Why is everything so hard with you guys? I'd sign up if it were cheaper.\nAgent: Unfortunately I can't go any lower than that.\nCustomer: Then I'll have to pass. Whatever. I'm done with this.\nAgent: I understand, and I'm sorry for the trouble. I hope you still have a great day.	[{"speaker":"agent","text":"Hello, may I speak with Hector Singh? This is Daniel with Peak Motion Gym."},{"speaker":"customer","text":"Yes, speaking."},{"speaker":"agent","text":"I'm calling because you qualify for our monthly membership at forty-seven dollars and forty-nine cents per month."},{"speaker":"customer","text":"Is that the full price, or is there more on top?"},{"speaker":"agent","text":"That's the full price. If you sign up today, you also get 20 dollars off the first bill. I'm also required to let you know there's a processing fee of forty dollars on the account."},{"speaker":"customer","text":"Are you kidding me? Why is everything so hard with you guys? I'd sign up if it were cheaper."},{"speaker":"agent","text":"Unfortunately I can't go any lower than that."},{"speaker":"customer","text":"Then I'll have to pass. Whatever. I'm done with this."},{"speaker":"agent","text":"I understand, and I'm sorry for the trouble. I hope you still have a great day."}]	9	1	seed	\N
\.


--
-- Name: etl_runs_batch_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.etl_runs_batch_id_seq', 1, true);


--
-- Name: quarantine_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.quarantine_id_seq', 1, true);


--
-- Name: agent_daily_metrics agent_daily_metrics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agent_daily_metrics
    ADD CONSTRAINT agent_daily_metrics_pkey PRIMARY KEY (agent_name, day);


--
-- Name: bronze_calls bronze_calls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bronze_calls
    ADD CONSTRAINT bronze_calls_pkey PRIMARY KEY (call_id);


--
-- Name: converza_schema_version converza_schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.converza_schema_version
    ADD CONSTRAINT converza_schema_version_pkey PRIMARY KEY (version);


--
-- Name: etl_runs etl_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.etl_runs
    ADD CONSTRAINT etl_runs_pkey PRIMARY KEY (batch_id);


--
-- Name: gold_performance_metrics gold_performance_metrics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gold_performance_metrics
    ADD CONSTRAINT gold_performance_metrics_pkey PRIMARY KEY (call_id);


--
-- Name: ingested_files ingested_files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ingested_files
    ADD CONSTRAINT ingested_files_pkey PRIMARY KEY (path);


--
-- Name: quarantine quarantine_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quarantine
    ADD CONSTRAINT quarantine_pkey PRIMARY KEY (id);


--
-- Name: silver_calls silver_calls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.silver_calls
    ADD CONSTRAINT silver_calls_pkey PRIMARY KEY (call_id);


--
-- Name: agent_daily_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agent_daily_day ON public.agent_daily_metrics USING btree (day);


--
-- Name: gold_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gold_time ON public.gold_performance_metrics USING btree (call_time);


--
-- Name: quarantine_file; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quarantine_file ON public.quarantine USING btree (source_file);


--
-- PostgreSQL database dump complete
--


