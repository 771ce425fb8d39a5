package org.kabinet.logic.demo;

import java.util.List;

/**
 * The words a demo practice is made of, in one language: names, cities, occupations, and the
 * things clients say. Invented people; any likeness is chance.
 */
record DemoVocabulary(
        List<String> womenFirstNames,
        List<String> menFirstNames,
        /** Men's form; women's is made by {@link #feminine}. */
        List<String> lastNames,
        /** Fathers' first names for patronymics; empty where patronymics are not used. */
        List<String> fathersNames,
        List<String> cities,
        List<String> occupations,
        List<String> requests,
        List<String> goals,
        List<String> askNextTime,
        List<String> endReasons,
        String language,
        String emailDomain) {

    static DemoVocabulary of(DemoLanguage language) {
        return language == DemoLanguage.RU ? russian() : english();
    }

    boolean usesPatronymics() {
        return !fathersNames.isEmpty();
    }

    /** A Russian last name in the women's form: Иванов → Иванова, Вишневский → Вишневская. */
    String feminine(String lastName) {
        if (!usesPatronymics()) {
            return lastName;
        }
        if (lastName.endsWith("ов") || lastName.endsWith("ев") || lastName.endsWith("ёв") || lastName.endsWith("ин")
                || lastName.endsWith("ын")) {
            return lastName + "а";
        }
        if (lastName.endsWith("ский") || lastName.endsWith("цкий")) {
            return lastName.substring(0, lastName.length() - 2) + "ая";
        }
        return lastName; // Шевченко, Цой: the same for everyone
    }

    /** The patronymic from a father's name: Пётр → Петрович / Петровна. */
    String patronymic(String father, boolean woman) {
        String stem;
        String man;
        String wom;
        switch (father) {
            case "Илья" -> { stem = "Ильи"; man = "ч"; wom = "нична"; }
            case "Никита" -> { stem = "Никит"; man = "ич"; wom = "ична"; }
            case "Пётр" -> { stem = "Петр"; man = "ович"; wom = "овна"; }
            case "Павел" -> { stem = "Павл"; man = "ович"; wom = "овна"; }
            case "Лев" -> { stem = "Льв"; man = "ович"; wom = "овна"; }
            default -> {
                if (father.endsWith("й")) {
                    stem = father.substring(0, father.length() - 1);
                    man = "евич";
                    wom = "евна";
                } else {
                    stem = father;
                    man = "ович";
                    wom = "овна";
                }
            }
        }
        return stem + (woman ? wom : man);
    }

    private static DemoVocabulary russian() {
        return new DemoVocabulary(
                List.of("Ольга", "Анна", "Елена", "Мария", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия",
                        "Екатерина", "Марина", "Анастасия", "Дарья", "Ксения", "Виктория", "Алина", "Евгения",
                        "Людмила", "Галина", "Вера", "Надежда", "Полина", "Софья", "Алёна", "Оксана", "Лариса"),
                List.of("Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Михаил", "Иван",
                        "Артём", "Никита", "Павел", "Роман", "Игорь", "Олег", "Владимир", "Евгений"),
                List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
                        "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
                        "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
                        "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
                        "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
                        "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
                        "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
                        "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов",
                        "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов",
                        "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
                        "Вишневский", "Ковальский", "Островский", "Шевченко", "Бондаренко", "Ткаченко", "Цой"),
                List.of("Александр", "Алексей", "Андрей", "Анатолий", "Борис", "Валерий", "Василий", "Виктор",
                        "Владимир", "Геннадий", "Григорий", "Дмитрий", "Евгений", "Иван", "Игорь", "Илья",
                        "Константин", "Михаил", "Николай", "Олег", "Павел", "Пётр", "Сергей", "Юрий", "Никита"),
                List.of("Москва", "Москва", "Москва", "Москва", "Химки", "Мытищи", "Одинцово", "Королёв",
                        "Красногорск", "Подольск", "Санкт-Петербург", "Тула", "Калуга"),
                List.of("бухгалтер", "менеджер проектов", "учитель", "врач", "медсестра", "юрист", "дизайнер",
                        "программист", "в декрете", "предприниматель", "студентка", "инженер", "HR-специалист",
                        "маркетолог", "экономист", "преподаватель вуза", "парикмахер", "архитектор",
                        "администратор", "на пенсии", "финансовый аналитик", "фотограф"),
                List.of("Постоянная тревога, не могу расслабиться даже дома",
                        "Часто ссоримся с мужем, не понимаю, что происходит",
                        "После развода не могу прийти в себя",
                        "Не знаю, чем хочу заниматься, работа не радует",
                        "Панические атаки в метро",
                        "Сложные отношения с мамой, после разговоров с ней плачу",
                        "Болит спина, врачи говорят — нервное",
                        "Сын-подросток перестал со мной разговаривать",
                        "Не могу сказать «нет» на работе, выгораю",
                        "Боюсь летать, а нужно в командировки",
                        "Умер отец, полгода не могу смириться",
                        "Хочу понять, почему всё время выбираю не тех мужчин",
                        "Ревную мужа, понимаю, что без причины",
                        "Нет сил ни на что, по утрам не хочу вставать",
                        "Мне 45, и кажется, что жизнь прошла мимо",
                        "Не могу бросить курить, пробовала много раз",
                        "Постоянно сравниваю себя с другими",
                        "Конфликт с начальником, думаю уйти с работы",
                        "Страх публичных выступлений",
                        "Хочу лучше понимать себя",
                        "Тяжело переношу переезд в другой город",
                        "Заедаю стресс, не могу остановиться"),
                List.of("Спокойно разговаривать с мамой", "Научиться отказывать без чувства вины",
                        "Справляться с паникой самостоятельно", "Понять, чем хочу заниматься",
                        "Восстановить сон", "Наладить отношения с сыном", "Перестать винить себя",
                        "Выступить на конференции", "Пережить утрату", "Вернуть интерес к жизни",
                        "Снизить тревогу", "Принять решение о работе", "Доверять партнёру",
                        "Найти опору в себе"),
                List.of("Как прошёл разговор с мамой?", "Получилось ли вести дневник?",
                        "Как спалось на этой неделе?", "Что решила насчёт работы?",
                        "Как сын отреагировал на новое правило?", "Были ли панические атаки?",
                        "Как прошла поездка?", "Что изменилось после упражнения с письмом?"),
                List.of("Цели достигнуты", "Переезд", "Финансовые причины", "Перестала выходить на связь",
                        "Нужна помощь психиатра", "Решила сделать паузу", "Не устроил формат", "Нет времени"),
                "русский",
                "example.org");
    }

    private static DemoVocabulary english() {
        return new DemoVocabulary(
                List.of("Olivia", "Emma", "Sophie", "Emily", "Grace", "Hannah", "Lucy", "Charlotte", "Amelia",
                        "Jessica", "Sarah", "Rachel", "Laura", "Megan", "Claire", "Rebecca", "Anna", "Helen",
                        "Kate", "Natalie", "Zoe", "Ruth", "Alice", "Mary"),
                List.of("James", "Oliver", "Jack", "Thomas", "Daniel", "Michael", "David", "Samuel", "Peter",
                        "Matthew", "Andrew", "Robert", "Chris", "Mark", "Paul", "Tom"),
                List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
                        "Jackson", "Clarke", "Harris", "Lewis", "Martin", "Cooper", "Hill", "Ward", "Morris",
                        "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
                        "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
                        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw",
                        "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis",
                        "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers"),
                List.of(),
                List.of("London", "London", "London", "Croydon", "Richmond", "Kingston", "Reading", "Guildford",
                        "Brighton", "Oxford", "Cambridge", "St Albans"),
                List.of("accountant", "project manager", "teacher", "GP", "nurse", "solicitor", "designer",
                        "software developer", "on parental leave", "self-employed", "student", "engineer",
                        "HR manager", "marketing manager", "economist", "lecturer", "hairdresser", "architect",
                        "office manager", "retired", "financial analyst", "photographer"),
                List.of("I feel anxious all the time, even at home",
                        "My husband and I keep arguing and I don't know why",
                        "I can't get over my divorce",
                        "I don't know what I want to do with my life",
                        "Panic attacks on the Tube",
                        "Every talk with my mother ends in tears",
                        "My back hurts and the doctors say it's nerves",
                        "My teenage son has stopped talking to me",
                        "I can't say no at work and I'm burning out",
                        "I'm afraid of flying but have to travel for work",
                        "My father died six months ago and I can't accept it",
                        "I keep choosing the wrong partners",
                        "I'm jealous of my partner for no reason",
                        "No energy for anything, I don't want to get up",
                        "I'm 45 and feel life has passed me by",
                        "I can't quit smoking",
                        "I'm always comparing myself to others",
                        "Conflict with my manager, thinking of leaving",
                        "Fear of public speaking",
                        "I want to understand myself better",
                        "Struggling after moving to a new city",
                        "I eat when I'm stressed and can't stop"),
                List.of("Talk calmly with my mother", "Say no without guilt", "Handle panic on my own",
                        "Find out what I want to do", "Sleep through the night", "Reconnect with my son",
                        "Stop blaming myself", "Speak at the conference", "Grieve my father",
                        "Enjoy life again", "Feel less anxious", "Decide about my job", "Trust my partner",
                        "Find my own footing"),
                List.of("How did the talk with her mother go?", "Did she keep the journal?",
                        "How has she been sleeping?", "What did she decide about the job?",
                        "How did her son take the new rule?", "Any panic attacks this week?",
                        "How did the trip go?", "What changed after the letter exercise?"),
                List.of("Goals reached", "Moved away", "Could not afford it", "Stopped answering",
                        "Needs a psychiatrist", "Wanted a break", "Format did not suit", "No time"),
                "English",
                "example.com");
    }
}
