// Names and places for the demo roster. Each naming tradition comes with the places its members mostly
// live in, so a name, a city, a time zone, a language and a phone prefix fit together. Names are spelled
// as their bearers write them in Latin script, diacritics included (Adébáyọ̀, Łukasz, Nguyễn), because
// search, sorting, initials and e-mail addresses must cope with them. Gendered forms (Polish, Czech,
// Greek and Icelandic family names) are kept apart so a name is never half one and half the other.

export interface Place {
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** IANA zone. */
  timeZone: string;
  /** Languages most people there speak, the most common first (BCP 47). */
  languages: readonly string[];
  /** International dialling prefix. */
  dial: string;
}

interface Gendered {
  f: readonly string[];
  m: readonly string[];
}

export interface NamingTradition {
  id: string;
  /** Relative share of the roster. */
  weight: number;
  given: Gendered;
  /** One list, or separate feminine and masculine forms. */
  family: readonly string[] | Gendered;
  /** Written family name first (Chinese, Japanese, Korean, Vietnamese, Hungarian). */
  familyFirst?: boolean;
  places: readonly Place[];
}

const place = (city: string, country: string, timeZone: string, languages: readonly string[], dial: string): Place => ({
  city, country, timeZone, languages, dial,
});

/** Cities people from everywhere move to; a share of members live in one of these instead. */
export const HUB_PLACES: readonly Place[] = [
  place('London', 'GB', 'Europe/London', ['en'], '+44'),
  place('New York', 'US', 'America/New_York', ['en'], '+1'),
  place('Toronto', 'CA', 'America/Toronto', ['en', 'fr'], '+1'),
  place('Sydney', 'AU', 'Australia/Sydney', ['en'], '+61'),
  place('Berlin', 'DE', 'Europe/Berlin', ['de', 'en'], '+49'),
  place('Paris', 'FR', 'Europe/Paris', ['fr'], '+33'),
  place('Dubai', 'AE', 'Asia/Dubai', ['ar', 'en'], '+971'),
  place('Singapore', 'SG', 'Asia/Singapore', ['en', 'zh', 'ms', 'ta'], '+65'),
  place('Johannesburg', 'ZA', 'Africa/Johannesburg', ['en', 'zu'], '+27'),
  place('São Paulo', 'BR', 'America/Sao_Paulo', ['pt-BR'], '+55'),
];

export const NAMING_TRADITIONS: readonly NamingTradition[] = [
  {
    id: 'west-african',
    weight: 7,
    given: {
      f: ['Adébáyọ̀', 'Fọláṣadé', 'Chidinma', 'Ngozi', 'Adaeze', 'Ama', 'Abena', 'Akosua', 'Aminata', 'Fatou', 'Awa', 'Yewande', 'Ifeoma', 'Mariama'],
      m: ['Olúwaṣeun', 'Emeka', 'Chukwuemeka', 'Kwame', 'Kofi', 'Kwabena', 'Yaw', 'Moussa', 'Ousmane', 'Babátúndé', 'Ikechukwu', 'Abdoulaye', 'Sékou', 'Tunde'],
    },
    family: ['Adéyẹmí', 'Ọlátúnjí', 'Okonkwo', 'Nwosu', 'Okafor', 'Eze', 'Bello', 'Mensah', 'Boateng', 'Asante', 'Owusu', 'Diop', 'Ndiaye', 'Sow', 'Traoré', 'Koné', 'Adébáyọ̀', 'Àjàyí'],
    places: [
      place('Lagos', 'NG', 'Africa/Lagos', ['en', 'yo'], '+234'),
      place('Abuja', 'NG', 'Africa/Lagos', ['en', 'ha'], '+234'),
      place('Ibadan', 'NG', 'Africa/Lagos', ['en', 'yo'], '+234'),
      place('Accra', 'GH', 'Africa/Accra', ['en', 'ak'], '+233'),
      place('Kumasi', 'GH', 'Africa/Accra', ['en', 'ak'], '+233'),
      place('Dakar', 'SN', 'Africa/Dakar', ['fr', 'wo'], '+221'),
      place('Abidjan', 'CI', 'Africa/Abidjan', ['fr'], '+225'),
      place('Bamako', 'ML', 'Africa/Bamako', ['fr', 'bm'], '+223'),
    ],
  },
  {
    id: 'east-african',
    weight: 4,
    given: {
      f: ['Wanjiru', 'Achieng', 'Wambui', 'Tigist', 'Selam', 'Mekdes', 'Neema', 'Amani', 'Nyokabi', 'Hiwot', 'Aisha', 'Uwase'],
      m: ['Otieno', 'Kamau', 'Mwangi', 'Abebe', 'Dawit', 'Baraka', 'Juma', 'Tesfaye', 'Kiprono', 'Yonas', 'Jabari', 'Habimana'],
    },
    family: ['Kamau', 'Otieno', 'Mwangi', 'Njoroge', 'Odhiambo', 'Tesfaye', 'Bekele', 'Haile', 'Girma', 'Mutua', 'Uwimana', 'Kiprotich', 'Wanjala', 'Mushi', 'Nakato'],
    places: [
      place('Nairobi', 'KE', 'Africa/Nairobi', ['en', 'sw'], '+254'),
      place('Mombasa', 'KE', 'Africa/Nairobi', ['sw', 'en'], '+254'),
      place('Addis Ababa', 'ET', 'Africa/Addis_Ababa', ['am', 'en'], '+251'),
      place('Kampala', 'UG', 'Africa/Kampala', ['en', 'lg'], '+256'),
      place('Kigali', 'RW', 'Africa/Kigali', ['rw', 'en', 'fr'], '+250'),
      place('Dar es Salaam', 'TZ', 'Africa/Dar_es_Salaam', ['sw', 'en'], '+255'),
    ],
  },
  {
    id: 'southern-african',
    weight: 3,
    given: {
      f: ['Thandiwe', 'Lerato', 'Nomvula', 'Zanele', 'Naledi', 'Palesa', 'Ayanda', 'Lindiwe', 'Refilwe', 'Anneke', 'Tendai', 'Chipo'],
      m: ['Sipho', 'Thabo', 'Themba', 'Kagiso', 'Bongani', 'Mandla', 'Lwazi', 'Tshepo', 'Pieter', 'Tafadzwa', 'Kudzai', 'Neo'],
    },
    family: ['Dlamini', 'Nkosi', 'Mokoena', 'Khumalo', 'Ndlovu', 'Mahlangu', 'Molefe', 'Botha', 'van der Merwe', 'Naidoo', 'Moyo', 'Sibanda', 'Mthembu', 'Pretorius'],
    places: [
      place('Johannesburg', 'ZA', 'Africa/Johannesburg', ['en', 'zu'], '+27'),
      place('Cape Town', 'ZA', 'Africa/Johannesburg', ['en', 'af', 'xh'], '+27'),
      place('Durban', 'ZA', 'Africa/Johannesburg', ['en', 'zu'], '+27'),
      place('Gaborone', 'BW', 'Africa/Gaborone', ['en', 'tn'], '+267'),
      place('Harare', 'ZW', 'Africa/Harare', ['en', 'sn'], '+263'),
      place('Windhoek', 'NA', 'Africa/Windhoek', ['en', 'af'], '+264'),
    ],
  },
  {
    id: 'arabic',
    weight: 6,
    given: {
      f: ['Fatima', 'Layla', 'Nour', 'Yasmin', 'Mariam', 'Salma', 'Rania', 'Huda', 'Amira', 'Dalia', 'Hana', 'Zainab', 'Lina', 'Rim'],
      m: ['Ahmed', 'Omar', 'Youssef', 'Karim', 'Khaled', 'Tariq', 'Hassan', 'Samir', 'Ibrahim', 'Mahmoud', 'Rami', 'Ziad', 'Walid', 'Anas'],
    },
    family: ['El-Sayed', 'Haddad', 'Mansour', 'El-Amin', 'Khoury', 'Nasser', 'Saleh', 'Benali', 'Bennani', 'Hamdan', 'Abdallah', 'Farouk', 'Al-Masri', 'Azzam', 'Chahine', 'Alaoui'],
    places: [
      place('Cairo', 'EG', 'Africa/Cairo', ['ar', 'en'], '+20'),
      place('Alexandria', 'EG', 'Africa/Cairo', ['ar', 'en'], '+20'),
      place('Casablanca', 'MA', 'Africa/Casablanca', ['ar', 'fr'], '+212'),
      place('Tunis', 'TN', 'Africa/Tunis', ['ar', 'fr'], '+216'),
      place('Amman', 'JO', 'Asia/Amman', ['ar', 'en'], '+962'),
      place('Beirut', 'LB', 'Asia/Beirut', ['ar', 'fr', 'en'], '+961'),
      place('Dubai', 'AE', 'Asia/Dubai', ['ar', 'en'], '+971'),
      place('Riyadh', 'SA', 'Asia/Riyadh', ['ar', 'en'], '+966'),
      place('Doha', 'QA', 'Asia/Qatar', ['ar', 'en'], '+974'),
    ],
  },
  {
    id: 'turkish',
    weight: 2,
    given: {
      f: ['Ayşe', 'Elif', 'Zeynep', 'Gülşen', 'Çağla', 'Merve', 'Büşra', 'Özlem', 'Derya'],
      m: ['Emre', 'Mehmet', 'Barış', 'Özgür', 'Serkan', 'Oğuz', 'Burak', 'Kerem', 'Çağatay'],
    },
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Doğan', 'Arslan', 'Koç', 'Güneş'],
    places: [
      place('Istanbul', 'TR', 'Europe/Istanbul', ['tr', 'en'], '+90'),
      place('Ankara', 'TR', 'Europe/Istanbul', ['tr'], '+90'),
      place('İzmir', 'TR', 'Europe/Istanbul', ['tr'], '+90'),
    ],
  },
  {
    id: 'persian',
    weight: 2,
    given: {
      f: ['Shirin', 'Parisa', 'Neda', 'Maryam', 'Leila', 'Sara', 'Roya', 'Mahsa'],
      m: ['Dariush', 'Reza', 'Kian', 'Arash', 'Babak', 'Omid', 'Kourosh', 'Navid'],
    },
    family: ['Hosseini', 'Rahimi', 'Karimi', 'Moradi', 'Tehrani', 'Ahmadi', 'Jafari', 'Sadeghi', 'Rostami', 'Farahani'],
    places: [
      place('Tehran', 'IR', 'Asia/Tehran', ['fa', 'en'], '+98'),
      place('Isfahan', 'IR', 'Asia/Tehran', ['fa'], '+98'),
      place('Shiraz', 'IR', 'Asia/Tehran', ['fa'], '+98'),
    ],
  },
  {
    id: 'hebrew',
    weight: 1,
    given: { f: ['Noa', 'Tamar', 'Yael', 'Maya', 'Shira', 'Michal'], m: ['Avi', 'Itai', 'Omer', 'Yonatan', 'Eitan', 'Noam'] },
    family: ['Cohen', 'Levi', 'Mizrahi', 'Friedman', 'Peretz', 'Biton', 'Avraham', 'Shapiro'],
    places: [
      place('Tel Aviv', 'IL', 'Asia/Jerusalem', ['he', 'en'], '+972'),
      place('Haifa', 'IL', 'Asia/Jerusalem', ['he', 'en', 'ar'], '+972'),
    ],
  },
  {
    id: 'south-asian',
    weight: 11,
    given: {
      f: ['Priya', 'Ananya', 'Lakshmi', 'Deepika', 'Aisha', 'Sunita', 'Kavya', 'Meera', 'Nasreen', 'Shreya', 'Fatima', 'Tahmina', 'Nishani', 'Sita', 'Divya'],
      m: ['Arjun', 'Rohan', 'Vikram', 'Rahul', 'Imran', 'Sanjay', 'Anil', 'Farhan', 'Karthik', 'Suresh', 'Aditya', 'Tanvir', 'Kasun', 'Bikash', 'Harpreet'],
    },
    family: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Chowdhury', 'Khan', 'Siddiqui', 'Perera', 'Fernando', 'Shrestha', 'Banerjee', 'Menon', 'Rao', 'Singh', 'Das', 'Hossain', 'Qureshi', 'Krishnan'],
    places: [
      place('Mumbai', 'IN', 'Asia/Kolkata', ['hi', 'en', 'mr'], '+91'),
      place('Bengaluru', 'IN', 'Asia/Kolkata', ['en', 'kn', 'hi'], '+91'),
      place('Delhi', 'IN', 'Asia/Kolkata', ['hi', 'en'], '+91'),
      place('Chennai', 'IN', 'Asia/Kolkata', ['ta', 'en'], '+91'),
      place('Kolkata', 'IN', 'Asia/Kolkata', ['bn', 'en', 'hi'], '+91'),
      place('Hyderabad', 'IN', 'Asia/Kolkata', ['te', 'en', 'hi'], '+91'),
      place('Karachi', 'PK', 'Asia/Karachi', ['ur', 'en'], '+92'),
      place('Lahore', 'PK', 'Asia/Karachi', ['ur', 'pa', 'en'], '+92'),
      place('Dhaka', 'BD', 'Asia/Dhaka', ['bn', 'en'], '+880'),
      place('Colombo', 'LK', 'Asia/Colombo', ['si', 'ta', 'en'], '+94'),
      place('Kathmandu', 'NP', 'Asia/Kathmandu', ['ne', 'en'], '+977'),
    ],
  },
  {
    id: 'chinese',
    weight: 9,
    familyFirst: true,
    given: {
      f: ['Fang', 'Jing', 'Min', 'Ying', 'Jiahui', 'Xinyi', 'Yutong', 'Mei', 'Lan', 'Xiaoling', 'Shu', 'Yan'],
      m: ['Wei', 'Hao', 'Lei', 'Xiaoming', 'Zihan', 'Haoran', 'Jun', 'Tao', 'Yifan', 'Bo', 'Qiang', 'Zhiwei'],
    },
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Lin', 'Xu', 'Sun', 'Ma', 'Guo', 'Lü'],
    places: [
      place('Beijing', 'CN', 'Asia/Shanghai', ['zh', 'en'], '+86'),
      place('Shanghai', 'CN', 'Asia/Shanghai', ['zh', 'en'], '+86'),
      place('Shenzhen', 'CN', 'Asia/Shanghai', ['zh', 'en'], '+86'),
      place('Chengdu', 'CN', 'Asia/Shanghai', ['zh'], '+86'),
      place('Hong Kong', 'HK', 'Asia/Hong_Kong', ['zh', 'en'], '+852'),
      place('Taipei', 'TW', 'Asia/Taipei', ['zh', 'en'], '+886'),
      place('Singapore', 'SG', 'Asia/Singapore', ['en', 'zh'], '+65'),
    ],
  },
  {
    id: 'japanese',
    weight: 4,
    familyFirst: true,
    given: {
      f: ['Yuki', 'Sakura', 'Aoi', 'Hina', 'Yūko', 'Mei', 'Emi', 'Haruka', 'Naoko', 'Kyōko'],
      m: ['Haruto', 'Ren', 'Kenji', 'Shōta', 'Daiki', 'Takeshi', 'Yūta', 'Hiroshi', 'Kōji', 'Sōta'],
    },
    family: ['Satō', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Itō', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Katō', 'Yoshida', 'Ōno'],
    places: [
      place('Tokyo', 'JP', 'Asia/Tokyo', ['ja', 'en'], '+81'),
      place('Osaka', 'JP', 'Asia/Tokyo', ['ja'], '+81'),
      place('Kyoto', 'JP', 'Asia/Tokyo', ['ja', 'en'], '+81'),
      place('Fukuoka', 'JP', 'Asia/Tokyo', ['ja'], '+81'),
    ],
  },
  {
    id: 'korean',
    weight: 3,
    familyFirst: true,
    given: {
      f: ['Seo-yeon', 'Ha-eun', 'Ji-woo', 'Soo-jin', 'Eun-ji', 'Min-seo', 'Yu-na', 'Da-eun'],
      m: ['Min-jun', 'Do-yoon', 'Ji-ho', 'Hyun-woo', 'Jae-won', 'Seung-min', 'Tae-yang', 'Joon-ho'],
    },
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'],
    places: [
      place('Seoul', 'KR', 'Asia/Seoul', ['ko', 'en'], '+82'),
      place('Busan', 'KR', 'Asia/Seoul', ['ko'], '+82'),
      place('Daejeon', 'KR', 'Asia/Seoul', ['ko', 'en'], '+82'),
    ],
  },
  {
    id: 'vietnamese',
    weight: 3,
    familyFirst: true,
    given: {
      f: ['Thị Hương', 'Thu Trang', 'Ngọc Lan', 'Thanh Hà', 'Minh Châu', 'Phương Anh', 'Thùy Linh', 'Hồng Nhung'],
      m: ['Văn Minh', 'Đức Anh', 'Quang Huy', 'Minh Tuấn', 'Hoàng Long', 'Quốc Bảo', 'Thành Đạt', 'Gia Huy'],
    },
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'],
    places: [
      place('Hồ Chí Minh City', 'VN', 'Asia/Ho_Chi_Minh', ['vi', 'en'], '+84'),
      place('Hà Nội', 'VN', 'Asia/Ho_Chi_Minh', ['vi', 'en'], '+84'),
      place('Đà Nẵng', 'VN', 'Asia/Ho_Chi_Minh', ['vi'], '+84'),
    ],
  },
  {
    id: 'filipino',
    weight: 3,
    given: {
      f: ['Angelica', 'Kristine', 'Maricel', 'Andrea', 'Jasmine', 'Liza', 'Precious', 'Bea'],
      m: ['Jose', 'Mark', 'Paolo', 'Rafael', 'Miguel', 'Jericho', 'Carlo', 'Renato'],
    },
    family: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Mendoza', 'dela Cruz', 'Villanueva', 'Aquino', 'Castillo', 'Navarro'],
    places: [
      place('Manila', 'PH', 'Asia/Manila', ['fil', 'en'], '+63'),
      place('Cebu City', 'PH', 'Asia/Manila', ['fil', 'en'], '+63'),
      place('Davao', 'PH', 'Asia/Manila', ['fil', 'en'], '+63'),
    ],
  },
  {
    id: 'indonesian-malay',
    weight: 3,
    given: {
      f: ['Dewi', 'Putri', 'Siti', 'Ayu', 'Nurul', 'Intan', 'Sri', 'Aisyah'],
      m: ['Budi', 'Agus', 'Rizky', 'Adi', 'Hafiz', 'Fajar', 'Irfan', 'Aiman'],
    },
    family: ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kusuma', 'Rahman', 'Abdullah', 'Pratama', 'Setiawan', 'Ismail'],
    places: [
      place('Jakarta', 'ID', 'Asia/Jakarta', ['id', 'en'], '+62'),
      place('Surabaya', 'ID', 'Asia/Jakarta', ['id', 'jv'], '+62'),
      place('Denpasar', 'ID', 'Asia/Makassar', ['id', 'en'], '+62'),
      place('Kuala Lumpur', 'MY', 'Asia/Kuala_Lumpur', ['ms', 'en'], '+60'),
    ],
  },
  {
    id: 'thai',
    weight: 1,
    given: { f: ['Malee', 'Pimchanok', 'Kanya', 'Siriporn', 'Nattaya'], m: ['Somchai', 'Niran', 'Arthit', 'Kittisak', 'Thanawat'] },
    family: ['Srisuk', 'Chaiyaporn', 'Wongsawat', 'Rattanakorn', 'Boonmee', 'Saetang', 'Kongkaew'],
    places: [
      place('Bangkok', 'TH', 'Asia/Bangkok', ['th', 'en'], '+66'),
      place('Chiang Mai', 'TH', 'Asia/Bangkok', ['th'], '+66'),
    ],
  },
  {
    id: 'hispanic',
    weight: 10,
    given: {
      f: ['María José', 'Valentina', 'Camila', 'Sofía', 'Lucía', 'Ximena', 'Daniela', 'Mariana', 'Paula', 'Ana Belén', 'Guadalupe', 'Renata', 'Itzel', 'Florencia'],
      m: ['José Luis', 'Mateo', 'Santiago', 'Sebastián', 'Diego', 'Andrés', 'Joaquín', 'Tomás', 'Nicolás', 'Álvaro', 'Emiliano', 'Iñaki', 'Rodrigo', 'Martín'],
    },
    family: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Gutiérrez', 'Muñoz', 'Rojas', 'Castañeda', 'Ibáñez', 'Quispe', 'Núñez'],
    places: [
      place('Mexico City', 'MX', 'America/Mexico_City', ['es', 'en'], '+52'),
      place('Guadalajara', 'MX', 'America/Mexico_City', ['es'], '+52'),
      place('Monterrey', 'MX', 'America/Monterrey', ['es', 'en'], '+52'),
      place('Bogotá', 'CO', 'America/Bogota', ['es', 'en'], '+57'),
      place('Medellín', 'CO', 'America/Bogota', ['es'], '+57'),
      place('Lima', 'PE', 'America/Lima', ['es', 'qu'], '+51'),
      place('Santiago', 'CL', 'America/Santiago', ['es', 'en'], '+56'),
      place('Buenos Aires', 'AR', 'America/Argentina/Buenos_Aires', ['es', 'en'], '+54'),
      place('Córdoba', 'AR', 'America/Argentina/Cordoba', ['es'], '+54'),
      place('Montevideo', 'UY', 'America/Montevideo', ['es'], '+598'),
      place('Quito', 'EC', 'America/Guayaquil', ['es'], '+593'),
      place('San José', 'CR', 'America/Costa_Rica', ['es', 'en'], '+506'),
      place('Madrid', 'ES', 'Europe/Madrid', ['es', 'en'], '+34'),
      place('Barcelona', 'ES', 'Europe/Madrid', ['es', 'ca'], '+34'),
      place('Sevilla', 'ES', 'Europe/Madrid', ['es'], '+34'),
    ],
  },
  {
    id: 'lusophone',
    weight: 6,
    given: {
      f: ['Ana', 'Beatriz', 'Luíza', 'Letícia', 'Camila', 'Mariana', 'Inês', 'Larissa', 'Júlia', 'Conceição'],
      m: ['João', 'Gabriel', 'Rafael', 'Thiago', 'Bruno', 'Lucas', 'Gonçalo', 'Vinícius', 'Antônio', 'Caetano'],
    },
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Araújo', 'Conceição', 'Magalhães', 'Gonçalves'],
    places: [
      place('São Paulo', 'BR', 'America/Sao_Paulo', ['pt-BR', 'en'], '+55'),
      place('Rio de Janeiro', 'BR', 'America/Sao_Paulo', ['pt-BR'], '+55'),
      place('Belo Horizonte', 'BR', 'America/Sao_Paulo', ['pt-BR'], '+55'),
      place('Recife', 'BR', 'America/Recife', ['pt-BR', 'en'], '+55'),
      place('Manaus', 'BR', 'America/Manaus', ['pt-BR'], '+55'),
      place('Lisboa', 'PT', 'Europe/Lisbon', ['pt-PT', 'en'], '+351'),
      place('Porto', 'PT', 'Europe/Lisbon', ['pt-PT', 'en'], '+351'),
      place('Luanda', 'AO', 'Africa/Luanda', ['pt-PT'], '+244'),
      place('Maputo', 'MZ', 'Africa/Maputo', ['pt-PT', 'en'], '+258'),
    ],
  },
  {
    id: 'french',
    weight: 4,
    given: {
      f: ['Chloé', 'Camille', 'Léa', 'Élodie', 'Hélène', 'Inès', 'Zoé', 'Margaux', 'Anaïs', 'Solène'],
      m: ['Théo', 'François', 'Étienne', 'Loïc', 'Jérôme', 'Benoît', 'Mathis', 'Gaël', 'Hugo', 'Clément'],
    },
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Lemaître', 'Bélanger', 'Gagnon', 'Leroy', 'Mercier', 'Faure'],
    places: [
      place('Paris', 'FR', 'Europe/Paris', ['fr', 'en'], '+33'),
      place('Lyon', 'FR', 'Europe/Paris', ['fr'], '+33'),
      place('Toulouse', 'FR', 'Europe/Paris', ['fr', 'en'], '+33'),
      place('Bruxelles', 'BE', 'Europe/Brussels', ['fr', 'nl', 'en'], '+32'),
      place('Genève', 'CH', 'Europe/Zurich', ['fr', 'en'], '+41'),
      place('Montréal', 'CA', 'America/Toronto', ['fr', 'en'], '+1'),
    ],
  },
  {
    id: 'german',
    weight: 4,
    given: {
      f: ['Anna', 'Lena', 'Sophie', 'Hannah', 'Annika', 'Jana', 'Katharina', 'Lea', 'Mia'],
      m: ['Jürgen', 'Lukas', 'Jonas', 'Maximilian', 'Felix', 'Tobias', 'Matthias', 'Florian', 'Niklas'],
    },
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schäfer', 'Köhler', 'Groß', 'Hoffmann', 'Zimmermann'],
    places: [
      place('Berlin', 'DE', 'Europe/Berlin', ['de', 'en'], '+49'),
      place('München', 'DE', 'Europe/Berlin', ['de', 'en'], '+49'),
      place('Hamburg', 'DE', 'Europe/Berlin', ['de'], '+49'),
      place('Wien', 'AT', 'Europe/Vienna', ['de', 'en'], '+43'),
      place('Zürich', 'CH', 'Europe/Zurich', ['de', 'en', 'fr'], '+41'),
    ],
  },
  {
    id: 'italian',
    weight: 3,
    given: {
      f: ['Giulia', 'Chiara', 'Francesca', 'Martina', 'Alessia', 'Federica', 'Ilaria'],
      m: ['Alessandro', 'Lorenzo', 'Niccolò', 'Matteo', 'Davide', 'Gabriele', 'Andrea'],
    },
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'De Luca', 'Fabbri', 'Greco'],
    places: [
      place('Roma', 'IT', 'Europe/Rome', ['it', 'en'], '+39'),
      place('Milano', 'IT', 'Europe/Rome', ['it', 'en'], '+39'),
      place('Bologna', 'IT', 'Europe/Rome', ['it'], '+39'),
      place('Napoli', 'IT', 'Europe/Rome', ['it'], '+39'),
    ],
  },
  {
    id: 'dutch',
    weight: 2,
    given: { f: ['Sanne', 'Femke', 'Lotte', 'Eline', 'Anouk', 'Fleur'], m: ['Daan', 'Sem', 'Bram', 'Joris', 'Thijs', 'Ruben'] },
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Peeters'],
    places: [
      place('Amsterdam', 'NL', 'Europe/Amsterdam', ['nl', 'en'], '+31'),
      place('Utrecht', 'NL', 'Europe/Amsterdam', ['nl', 'en'], '+31'),
      place('Rotterdam', 'NL', 'Europe/Amsterdam', ['nl', 'en'], '+31'),
      place('Antwerpen', 'BE', 'Europe/Brussels', ['nl', 'fr', 'en'], '+32'),
    ],
  },
  {
    id: 'greek',
    weight: 1,
    given: { f: ['Eleni', 'Katerina', 'Sofia', 'Dimitra', 'Georgia'], m: ['Georgios', 'Dimitris', 'Nikos', 'Kostas', 'Yannis'] },
    family: {
      f: ['Papadopoulou', 'Nikolaidou', 'Georgiou', 'Konstantinou', 'Vlachou'],
      m: ['Papadopoulos', 'Nikolaidis', 'Georgiou', 'Konstantinou', 'Vlachos'],
    },
    places: [
      place('Athens', 'GR', 'Europe/Athens', ['el', 'en'], '+30'),
      place('Thessaloniki', 'GR', 'Europe/Athens', ['el', 'en'], '+30'),
      place('Nicosia', 'CY', 'Asia/Nicosia', ['el', 'en'], '+357'),
    ],
  },
  {
    id: 'british-irish-australian',
    weight: 8,
    given: {
      f: ['Emily', 'Charlotte', 'Amelia', 'Siobhán', 'Aoife', 'Niamh', 'Eilidh', 'Rhiannon', 'Olivia', 'Grace', 'Isla', 'Ruby', 'Harriet'],
      m: ['Oliver', 'George', 'Harry', 'Seán', 'Eoin', 'Cian', 'Callum', 'Dylan', 'James', 'Thomas', 'Angus', 'Liam', 'Rhys'],
    },
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', "O'Brien", 'Murphy', 'Kelly', 'Ó Briain', 'MacLeod', 'Evans', 'Walsh', 'Campbell', 'Hughes', 'Fitzgerald'],
    places: [
      place('London', 'GB', 'Europe/London', ['en'], '+44'),
      place('Manchester', 'GB', 'Europe/London', ['en'], '+44'),
      place('Edinburgh', 'GB', 'Europe/London', ['en', 'gd'], '+44'),
      place('Cardiff', 'GB', 'Europe/London', ['en', 'cy'], '+44'),
      place('Dublin', 'IE', 'Europe/Dublin', ['en', 'ga'], '+353'),
      place('Sydney', 'AU', 'Australia/Sydney', ['en'], '+61'),
      place('Melbourne', 'AU', 'Australia/Melbourne', ['en'], '+61'),
      place('Brisbane', 'AU', 'Australia/Brisbane', ['en'], '+61'),
      place('Perth', 'AU', 'Australia/Perth', ['en'], '+61'),
      place('Adelaide', 'AU', 'Australia/Adelaide', ['en'], '+61'),
    ],
  },
  {
    id: 'polish',
    weight: 2,
    given: {
      f: ['Agnieszka', 'Małgorzata', 'Zofia', 'Katarzyna', 'Joanna', 'Magdalena', 'Alicja'],
      m: ['Łukasz', 'Paweł', 'Michał', 'Krzysztof', 'Tomasz', 'Wojciech', 'Grzegorz'],
    },
    family: {
      f: ['Kowalska', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowska', 'Zielińska', 'Dąbrowska'],
      m: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Dąbrowski'],
    },
    places: [
      place('Warszawa', 'PL', 'Europe/Warsaw', ['pl', 'en'], '+48'),
      place('Kraków', 'PL', 'Europe/Warsaw', ['pl', 'en'], '+48'),
      place('Wrocław', 'PL', 'Europe/Warsaw', ['pl', 'de'], '+48'),
      place('Łódź', 'PL', 'Europe/Warsaw', ['pl'], '+48'),
    ],
  },
  {
    id: 'czech',
    weight: 1,
    given: { f: ['Tereza', 'Kateřina', 'Lucie', 'Petra', 'Eliška'], m: ['Jiří', 'Tomáš', 'Petr', 'Ondřej', 'Jakub'] },
    family: {
      f: ['Nováková', 'Dvořáková', 'Svobodová', 'Černá', 'Procházková', 'Kučerová'],
      m: ['Novák', 'Dvořák', 'Svoboda', 'Černý', 'Procházka', 'Kučera'],
    },
    places: [
      place('Praha', 'CZ', 'Europe/Prague', ['cs', 'en'], '+420'),
      place('Brno', 'CZ', 'Europe/Prague', ['cs'], '+420'),
    ],
  },
  {
    id: 'ukrainian',
    weight: 2,
    given: { f: ['Olena', 'Oksana', 'Iryna', 'Nataliia', 'Yuliia', 'Sofiia'], m: ['Oleksandr', 'Andrii', 'Dmytro', 'Mykola', 'Taras', 'Bohdan'] },
    family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Moroz'],
    places: [
      place('Kyiv', 'UA', 'Europe/Kyiv', ['uk', 'en'], '+380'),
      place('Lviv', 'UA', 'Europe/Kyiv', ['uk', 'pl'], '+380'),
      place('Kharkiv', 'UA', 'Europe/Kyiv', ['uk'], '+380'),
    ],
  },
  {
    id: 'south-slavic',
    weight: 1,
    given: { f: ['Jelena', 'Milica', 'Ivana', 'Snežana', 'Maja', 'Tijana'], m: ['Marko', 'Nikola', 'Luka', 'Stefan', 'Dušan', 'Goran'] },
    family: ['Jovanović', 'Petrović', 'Horvat', 'Kovačević', 'Marić', 'Babić', 'Đorđević', 'Nikolić', 'Popović'],
    places: [
      place('Beograd', 'RS', 'Europe/Belgrade', ['sr', 'en'], '+381'),
      place('Zagreb', 'HR', 'Europe/Zagreb', ['hr', 'en'], '+385'),
      place('Ljubljana', 'SI', 'Europe/Ljubljana', ['sl', 'en'], '+386'),
      place('Sarajevo', 'BA', 'Europe/Sarajevo', ['bs', 'en'], '+387'),
    ],
  },
  {
    id: 'hungarian',
    weight: 1,
    familyFirst: true,
    given: { f: ['Zsófia', 'Réka', 'Eszter', 'Katalin', 'Anikó'], m: ['László', 'Gábor', 'Bence', 'Zoltán', 'Ádám'] },
    family: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Fekete'],
    places: [
      place('Budapest', 'HU', 'Europe/Budapest', ['hu', 'en'], '+36'),
      place('Debrecen', 'HU', 'Europe/Budapest', ['hu'], '+36'),
    ],
  },
  {
    id: 'scandinavian',
    weight: 2,
    given: {
      f: ['Astrid', 'Ingrid', 'Freja', 'Linnéa', 'Maja', 'Solveig', 'Sigrid', 'Ebba', 'Åsa'],
      m: ['Lars', 'Björn', 'Søren', 'Magnus', 'Oskar', 'Anders', 'Erik', 'Håkon', 'Nils'],
    },
    family: ['Andersson', 'Johansson', 'Nilsson', 'Lindqvist', 'Hansen', 'Jørgensen', 'Pedersen', 'Østergaard', 'Bjørnstad', 'Holm', 'Sjöberg', 'Åberg'],
    places: [
      place('Stockholm', 'SE', 'Europe/Stockholm', ['sv', 'en'], '+46'),
      place('Göteborg', 'SE', 'Europe/Stockholm', ['sv', 'en'], '+46'),
      place('Malmö', 'SE', 'Europe/Stockholm', ['sv', 'en'], '+46'),
      place('Oslo', 'NO', 'Europe/Oslo', ['nb', 'en'], '+47'),
      place('Bergen', 'NO', 'Europe/Oslo', ['nb', 'en'], '+47'),
      place('København', 'DK', 'Europe/Copenhagen', ['da', 'en'], '+45'),
      place('Aarhus', 'DK', 'Europe/Copenhagen', ['da', 'en'], '+45'),
    ],
  },
  {
    id: 'finnish',
    weight: 1,
    given: { f: ['Aino', 'Saara', 'Emilia', 'Venla', 'Helmi'], m: ['Eero', 'Juhani', 'Mikko', 'Ville', 'Aleksi'] },
    family: ['Virtanen', 'Mäkinen', 'Korhonen', 'Nieminen', 'Hämäläinen', 'Järvinen', 'Lehtonen'],
    places: [
      place('Helsinki', 'FI', 'Europe/Helsinki', ['fi', 'sv', 'en'], '+358'),
      place('Tampere', 'FI', 'Europe/Helsinki', ['fi', 'en'], '+358'),
    ],
  },
  {
    id: 'icelandic',
    weight: 1,
    given: { f: ['Sigríður', 'Guðrún', 'Katrín', 'Þórdís', 'Ragnheiður'], m: ['Jóhann', 'Gunnar', 'Sigurður', 'Ólafur', 'Þór'] },
    family: {
      f: ['Guðmundsdóttir', 'Jónsdóttir', 'Magnúsdóttir', 'Einarsdóttir', 'Ólafsdóttir'],
      m: ['Guðmundsson', 'Jónsson', 'Magnússon', 'Einarsson', 'Ólafsson'],
    },
    places: [place('Reykjavík', 'IS', 'Atlantic/Reykjavik', ['is', 'en'], '+354')],
  },
  {
    id: 'maori-pacific',
    weight: 2,
    given: {
      f: ['Aroha', 'Mere', 'Anahera', 'Ngaio', 'Kiri', 'Sina', 'Malia', 'Mele', 'Losa', 'Leilani', 'Ana'],
      m: ['Wiremu', 'Hēmi', 'Tāne', 'Rāwiri', 'Manaia', 'Tavita', 'Sione', 'Viliami', 'Sefa', 'Keoni', 'Nikolasi'],
    },
    family: ['Ngata', 'Te Rangi', 'Tipene', 'Parata', 'Tuhiwai', 'Faleolo', 'Tuilagi', 'Leota', 'Taufa', 'Fifita', 'Vainikolo', 'Kealoha', 'Nākoa', 'Rātana', 'Naidu'],
    places: [
      place('Auckland', 'NZ', 'Pacific/Auckland', ['en', 'mi'], '+64'),
      place('Wellington', 'NZ', 'Pacific/Auckland', ['en', 'mi'], '+64'),
      place('Rotorua', 'NZ', 'Pacific/Auckland', ['en', 'mi'], '+64'),
      place('Christchurch', 'NZ', 'Pacific/Auckland', ['en'], '+64'),
      place('Apia', 'WS', 'Pacific/Apia', ['sm', 'en'], '+685'),
      place('Nukuʻalofa', 'TO', 'Pacific/Tongatapu', ['to', 'en'], '+676'),
      place('Suva', 'FJ', 'Pacific/Fiji', ['en', 'fj', 'hi'], '+679'),
      place('Honolulu', 'US', 'Pacific/Honolulu', ['en', 'haw'], '+1'),
    ],
  },
  {
    id: 'north-american',
    weight: 9,
    given: {
      f: ['Jessica', 'Ashley', 'Madison', 'Brianna', 'Keisha', 'Tanisha', 'Emily', 'Hannah', 'Megan', 'Aaliyah', 'Kayla', 'Savannah', 'Jordan'],
      m: ['Michael', 'Tyler', 'DeShawn', 'Jamal', 'Jacob', 'Ethan', 'Brandon', 'Marcus', 'Cody', 'Darnell', 'Austin', 'Caleb', 'Jordan'],
    },
    family: ['Johnson', 'Williams', 'Brown', 'Jackson', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thompson', 'Robinson', 'Washington', 'Harris', 'Carter', 'Mitchell', 'Tremblay', 'MacDonald'],
    places: [
      place('New York', 'US', 'America/New_York', ['en', 'es'], '+1'),
      place('Boston', 'US', 'America/New_York', ['en'], '+1'),
      place('Atlanta', 'US', 'America/New_York', ['en'], '+1'),
      place('Chicago', 'US', 'America/Chicago', ['en', 'es'], '+1'),
      place('Houston', 'US', 'America/Chicago', ['en', 'es'], '+1'),
      place('Denver', 'US', 'America/Denver', ['en'], '+1'),
      place('Phoenix', 'US', 'America/Phoenix', ['en', 'es'], '+1'),
      place('Los Angeles', 'US', 'America/Los_Angeles', ['en', 'es'], '+1'),
      place('Seattle', 'US', 'America/Los_Angeles', ['en'], '+1'),
      place('Anchorage', 'US', 'America/Anchorage', ['en'], '+1'),
      place('Toronto', 'CA', 'America/Toronto', ['en', 'fr'], '+1'),
      place('Vancouver', 'CA', 'America/Vancouver', ['en'], '+1'),
      place('Halifax', 'CA', 'America/Halifax', ['en', 'fr'], '+1'),
      place('St. John’s', 'CA', 'America/St_Johns', ['en'], '+1'),
    ],
  },
  {
    id: 'caribbean',
    weight: 2,
    given: {
      f: ['Shanice', 'Tamika', 'Marcia', 'Kimone', 'Sasha', 'Renée'],
      m: ['Andre', 'Kemar', 'Delroy', 'Rohan', 'Jean-Baptiste', 'Akeem'],
    },
    family: ['Campbell', 'Clarke', 'Thompson', 'Ramdass', 'Persad', 'Joseph', 'Baptiste', 'Charles', 'Pierre', 'Francis'],
    places: [
      place('Kingston', 'JM', 'America/Jamaica', ['en'], '+1'),
      place('Port of Spain', 'TT', 'America/Port_of_Spain', ['en'], '+1'),
      place('Bridgetown', 'BB', 'America/Barbados', ['en'], '+1'),
      place('Port-au-Prince', 'HT', 'America/Port-au-Prince', ['fr', 'ht'], '+509'),
    ],
  },
];

/**
 * English names of the languages above, for bios. A fixed table rather than Intl.DisplayNames, whose
 * wording changes between ICU versions ("Maori" / "Māori"): the roster must be identical everywhere.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  af: 'Afrikaans', ak: 'Akan', am: 'Amharic', ar: 'Arabic', bm: 'Bambara', bn: 'Bengali', bs: 'Bosnian',
  ca: 'Catalan', cs: 'Czech', cy: 'Welsh', da: 'Danish', de: 'German', el: 'Greek', en: 'English', es: 'Spanish',
  fa: 'Persian', fi: 'Finnish', fil: 'Filipino', fj: 'Fijian', fr: 'French', ga: 'Irish', gd: 'Scottish Gaelic',
  ha: 'Hausa', haw: 'Hawaiian', he: 'Hebrew', hi: 'Hindi', hr: 'Croatian', ht: 'Haitian Creole', hu: 'Hungarian',
  id: 'Indonesian', is: 'Icelandic', it: 'Italian', ja: 'Japanese', jv: 'Javanese', kn: 'Kannada', ko: 'Korean',
  lg: 'Luganda', mi: 'Māori', mr: 'Marathi', ms: 'Malay', nb: 'Norwegian', ne: 'Nepali', nl: 'Dutch', pa: 'Punjabi',
  pl: 'Polish', 'pt-BR': 'Portuguese', 'pt-PT': 'Portuguese', qu: 'Quechua', ru: 'Russian', rw: 'Kinyarwanda',
  si: 'Sinhala', sl: 'Slovenian', sm: 'Samoan', sn: 'Shona', sr: 'Serbian', sv: 'Swedish', sw: 'Swahili',
  ta: 'Tamil', te: 'Telugu', th: 'Thai', tn: 'Tswana', to: 'Tongan', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu',
  vi: 'Vietnamese', wo: 'Wolof', xh: 'Xhosa', yo: 'Yoruba', zh: 'Chinese', zu: 'Zulu',
};
