import { type DemoBank } from './types';

/**
 * "Sử dụng điện an toàn, tiết kiệm, hiệu quả": electrical safety at home and near power lines,
 * first aid for electric shock, saving electricity at home and at work, the 2010 Law on
 * Economical and Efficient Use of Energy and Earth Hour.
 */
export const BANK_ELECTRICITY_SAFETY: DemoBank = {
  title: 'Sử dụng điện an toàn, tiết kiệm, hiệu quả',
  theme: 'dien-an-toan',
  description:
    'Câu hỏi tìm hiểu về sử dụng điện an toàn trong gia đình và nơi làm việc, sơ cứu người bị điện giật, các biện pháp tiết kiệm điện và Luật Sử dụng năng lượng tiết kiệm và hiệu quả.',
  questions: [
    // --- Kiến thức cơ bản ---
    {
      type: 'single',
      prompt: 'Điện áp danh định của lưới điện sinh hoạt một pha ở Việt Nam là bao nhiêu?',
      options: [
        { text: '220 V', correct: true },
        { text: '110 V', correct: false },
        { text: '380 V', correct: false },
        { text: '240 V', correct: false },
      ],
      explanation: 'Lưới điện hạ áp sinh hoạt một pha ở Việt Nam có điện áp danh định 220 V.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Tần số của lưới điện quốc gia Việt Nam là bao nhiêu?',
      options: [
        { text: '50 Hz', correct: true },
        { text: '60 Hz', correct: false },
        { text: '100 Hz', correct: false },
        { text: '220 Hz', correct: false },
      ],
      explanation: 'Hệ thống điện Việt Nam vận hành ở tần số danh định 50 Hz.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 1,
    },
    {
      type: 'short_text',
      prompt:
        'Điện áp danh định của lưới điện sinh hoạt một pha ở Việt Nam là bao nhiêu vôn? (Chỉ ghi số)',
      acceptedAnswers: ['220', '220 V', '220V', '220 vôn'],
      explanation: 'Điện áp danh định của lưới điện sinh hoạt một pha là 220 V, tần số 50 Hz.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Trong mạng điện hạ áp ba pha bốn dây 380/220 V, điện áp giữa hai dây pha (điện áp dây) là bao nhiêu?',
      options: [
        { text: '380 V', correct: true },
        { text: '220 V', correct: false },
        { text: '110 V', correct: false },
        { text: '500 V', correct: false },
      ],
      explanation:
        'Điện áp dây là 380 V; điện áp giữa dây pha và dây trung tính (điện áp pha) là 220 V.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Công tơ điện trong gia đình đo điện năng tiêu thụ theo đơn vị nào?',
      options: [
        { text: 'kWh (ki-lô-oát giờ)', correct: true },
        { text: 'kW (ki-lô-oát)', correct: false },
        { text: 'V (vôn)', correct: false },
        { text: 'A (ampe)', correct: false },
      ],
      explanation: 'Điện năng tiêu thụ được đo bằng kWh; 1 kWh thường được gọi là "1 số điện".',
      tags: ['kien-thuc-co-ban'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Một bóng đèn 100 W bật liên tục trong 10 giờ tiêu thụ bao nhiêu điện năng?',
      options: [
        { text: '1 kWh', correct: true },
        { text: '10 kWh', correct: false },
        { text: '0,1 kWh', correct: false },
        { text: '100 kWh', correct: false },
      ],
      explanation: '100 W × 10 giờ = 1.000 Wh = 1 kWh.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 2,
    },
    {
      type: 'short_text',
      prompt:
        'Một thiết bị có công suất 1.000 W hoạt động liên tục trong 5 giờ thì tiêu thụ bao nhiêu kWh? (Chỉ ghi số)',
      acceptedAnswers: ['5', '5 kWh', '5kWh', '5 số'],
      explanation: '1.000 W = 1 kW; 1 kW × 5 giờ = 5 kWh.',
      tags: ['kien-thuc-co-ban', 'tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Ấm đun nước có ghi 220 V - 1500 W. Con số 1500 W cho biết điều gì?',
      options: [
        { text: 'Công suất tiêu thụ của ấm khi dùng đúng điện áp định mức', correct: true },
        { text: 'Điện áp lớn nhất mà ấm chịu được', correct: false },
        { text: 'Cường độ dòng điện chạy qua ấm', correct: false },
        { text: 'Dung tích nước tối đa của ấm', correct: false },
      ],
      explanation: 'W (oát) là đơn vị công suất; 1500 W là công suất định mức khi ấm dùng ở 220 V.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Một ấm điện 1500 W được dùng tổng cộng 2 giờ thì tiêu thụ bao nhiêu điện năng?',
      options: [
        { text: '3 kWh', correct: true },
        { text: '1,5 kWh', correct: false },
        { text: '0,75 kWh', correct: false },
        { text: '30 kWh', correct: false },
      ],
      explanation: '1,5 kW × 2 giờ = 3 kWh.',
      tags: ['kien-thuc-co-ban', 'tiet-kiem'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Vật liệu nào sau đây dẫn điện tốt?',
      options: [
        { text: 'Đồng', correct: true },
        { text: 'Nhựa', correct: false },
        { text: 'Sứ', correct: false },
        { text: 'Cao su', correct: false },
      ],
      explanation:
        'Đồng là kim loại dẫn điện tốt, thường dùng làm lõi dây dẫn; nhựa, sứ, cao su là vật liệu cách điện.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt: 'Những vật liệu nào dưới đây là vật liệu cách điện? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Cao su', correct: true },
        { text: 'Sứ', correct: true },
        { text: 'Nhựa', correct: true },
        { text: 'Nhôm', correct: false },
      ],
      explanation: 'Cao su, sứ, nhựa là vật liệu cách điện; nhôm là kim loại dẫn điện.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 1,
    },
    // --- An toàn điện trong gia đình ---
    {
      type: 'true_false',
      prompt: 'Đúng hay sai: Có thể cắm, rút phích điện bằng tay ướt nếu ổ cắm còn mới.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation:
        'Sai. Tay ướt làm giảm điện trở của da, tăng nguy cơ bị điện giật, dù ổ cắm mới hay cũ.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Thiết bị nào tự động ngắt điện khi phát hiện dòng điện rò, giúp bảo vệ người khỏi bị điện giật?',
      options: [
        { text: 'Aptomat chống giật (RCD, ELCB)', correct: true },
        { text: 'Công tơ điện', correct: false },
        { text: 'Ổn áp', correct: false },
        { text: 'Bộ lưu điện (UPS)', correct: false },
      ],
      explanation:
        'Aptomat chống giật (thiết bị chống dòng rò) cắt mạch khi có dòng điện rò xuống đất hoặc qua người.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Aptomat (cầu dao tự động) thông thường chủ yếu bảo vệ mạch điện khỏi sự cố nào?',
      options: [
        { text: 'Quá tải và ngắn mạch', correct: true },
        { text: 'Dòng điện rò qua người', correct: false },
        { text: 'Sét đánh trực tiếp vào nhà', correct: false },
        { text: 'Điện áp thấp vào giờ cao điểm', correct: false },
      ],
      explanation:
        'Aptomat thông thường (MCB) ngắt khi quá tải hoặc ngắn mạch; để chống điện giật cần aptomat chống dòng rò (RCD/ELCB).',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Thiết bị chống dòng rò dùng để bảo vệ người khỏi điện giật trong gia đình thường có dòng rò tác động định mức là bao nhiêu?',
      options: [
        { text: '30 mA', correct: true },
        { text: '300 mA', correct: false },
        { text: '3 A', correct: false },
        { text: '30 A', correct: false },
      ],
      explanation: 'Thiết bị chống dòng rò 30 mA được dùng phổ biến để bảo vệ an toàn cho người.',
      tags: ['an-toan-dien'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Để biết aptomat chống giật trong nhà còn hoạt động tốt, nên làm gì?',
      options: [
        { text: 'Định kỳ nhấn nút thử (TEST) trên thiết bị', correct: true },
        { text: 'Chạm tay vào dây pha để thử', correct: false },
        { text: 'Cắm thật nhiều thiết bị cùng lúc', correct: false },
        { text: 'Tháo vỏ thiết bị ra kiểm tra khi đang có điện', correct: false },
      ],
      explanation: 'Nhấn nút TEST sẽ tạo dòng rò giả; nếu thiết bị ngắt điện là còn hoạt động tốt.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Nối đất (tiếp địa) cho vỏ kim loại của thiết bị điện nhằm mục đích gì?',
      options: [
        {
          text: 'Dẫn dòng điện rò xuống đất, giảm nguy cơ điện giật khi chạm vào vỏ',
          correct: true,
        },
        { text: 'Giảm lượng điện năng thiết bị tiêu thụ', correct: false },
        { text: 'Tăng công suất của thiết bị', correct: false },
        { text: 'Ổn định điện áp lưới điện', correct: false },
      ],
      explanation:
        'Khi vỏ thiết bị bị rò điện, dây nối đất dẫn dòng điện xuống đất thay vì qua người.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'multiple',
      prompt: 'Những thiết bị nào dưới đây nên được nối đất vỏ kim loại? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Máy giặt', correct: true },
        { text: 'Bình nóng lạnh', correct: true },
        { text: 'Tủ lạnh', correct: true },
        { text: 'Đèn pin dùng pin', correct: false },
      ],
      explanation:
        'Thiết bị dùng điện lưới có vỏ kim loại, nhất là ở nơi ẩm ướt, cần được nối đất; đèn pin dùng pin điện áp thấp không cần.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trong mạch điện gia đình, cầu chì và công tắc phải được mắc trên dây nào?',
      options: [
        { text: 'Dây pha (dây nóng)', correct: true },
        { text: 'Dây trung tính (dây nguội)', correct: false },
        { text: 'Dây nối đất', correct: false },
        { text: 'Dây nào cũng được', correct: false },
      ],
      explanation:
        'Mắc trên dây pha để khi cầu chì đứt hoặc công tắc ngắt, thiết bị phía sau không còn mang điện.',
      tags: ['an-toan-dien'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Trong điều kiện bình thường, bút thử điện sẽ sáng khi chạm vào dây nào?',
      options: [
        { text: 'Dây pha', correct: true },
        { text: 'Dây trung tính', correct: false },
        { text: 'Dây nối đất', correct: false },
        { text: 'Vỏ nhựa của dây điện', correct: false },
      ],
      explanation: 'Bút thử điện sáng khi chạm vào dây pha (dây có điện áp so với đất).',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trước khi sửa chữa điện trong nhà, việc đầu tiên cần làm là gì?',
      options: [
        { text: 'Ngắt aptomat hoặc cầu dao cấp điện cho khu vực sửa chữa', correct: true },
        { text: 'Dùng tay kiểm tra xem dây còn điện hay không', correct: false },
        { text: 'Bật tất cả thiết bị để xác định chỗ hỏng', correct: false },
        { text: 'Làm ướt tay để thao tác dễ hơn', correct: false },
      ],
      explanation:
        'Luôn cắt điện (và treo biển báo nếu cần) trước khi sửa chữa, kiểm tra lại bằng bút thử điện.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Việc lắp đặt, sửa chữa hệ thống điện trong nhà nên do ai thực hiện?',
      options: [
        { text: 'Thợ điện có chuyên môn', correct: true },
        { text: 'Trẻ em trong nhà', correct: false },
        { text: 'Bất kỳ ai có sẵn dụng cụ', correct: false },
        { text: 'Người bán thiết bị điện qua điện thoại hướng dẫn', correct: false },
      ],
      explanation:
        'Hệ thống điện cần được lắp đặt, sửa chữa đúng kỹ thuật bởi người có chuyên môn.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Mỗi gia đình nên lắp thiết bị gì ở đầu nguồn để có thể ngắt toàn bộ điện trong nhà khi cần?',
      options: [
        { text: 'Aptomat (cầu dao) tổng', correct: true },
        { text: 'Ổ cắm nối dài', correct: false },
        { text: 'Bóng đèn LED', correct: false },
        { text: 'Quạt thông gió', correct: false },
      ],
      explanation:
        'Aptomat tổng cho phép cắt nhanh toàn bộ điện khi có sự cố, hỏa hoạn hoặc ngập nước.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Cắm cùng lúc nhiều thiết bị công suất lớn (bếp điện, bàn là, lò sưởi) vào một ổ cắm nối dài là an toàn.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation:
        'Sai. Quá tải ổ cắm và dây dẫn làm nóng chảy vỏ cách điện, có thể gây chập cháy.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Biện pháp nào giúp bảo vệ trẻ nhỏ khỏi bị điện giật từ ổ cắm trong nhà?',
      options: [
        { text: 'Lắp ổ cắm ngoài tầm với của trẻ hoặc dùng nắp che ổ cắm', correct: true },
        { text: 'Để ổ cắm sát sàn nhà cho tiện', correct: false },
        { text: 'Cho trẻ tự cắm sạc điện thoại', correct: false },
        { text: 'Tháo mặt ổ cắm cho dễ kiểm tra', correct: false },
      ],
      explanation:
        'Ổ cắm đặt cao hoặc có nắp che giúp trẻ không thể cho ngón tay, vật kim loại vào lỗ cắm.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Khi sử dụng bình nóng lạnh, cách nào sau đây an toàn nhất?',
      options: [
        { text: 'Ngắt điện bình nóng lạnh trước khi tắm', correct: true },
        { text: 'Vừa tắm vừa để bình đang đun', correct: false },
        { text: 'Không cần nối đất cho bình', correct: false },
        { text: 'Để bình hoạt động cả ngày đêm', correct: false },
      ],
      explanation: 'Ngắt điện trước khi tắm loại bỏ nguy cơ điện giật nếu bình bị rò điện.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Ổ cắm hoặc phích cắm bị nóng, có mùi khét khi sử dụng thì nên xử lý thế nào?',
      options: [
        { text: 'Ngừng sử dụng, ngắt điện và thay thế ổ cắm, phích cắm mới', correct: true },
        { text: 'Tiếp tục dùng đến khi hỏng hẳn', correct: false },
        { text: 'Dội nước cho nguội rồi dùng tiếp', correct: false },
        { text: 'Quấn thêm băng dính rồi dùng tiếp', correct: false },
      ],
      explanation: 'Nóng, có mùi khét là dấu hiệu tiếp xúc kém hoặc quá tải, có thể gây cháy.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Khi sạc điện thoại, thói quen nào sau đây giúp phòng cháy nổ?',
      options: [
        {
          text: 'Không để điện thoại đang sạc trên chăn, gối hoặc gần vật dễ cháy',
          correct: true,
        },
        { text: 'Dùng bộ sạc không rõ nguồn gốc cho rẻ', correct: false },
        { text: 'Để điện thoại sạc dưới gối khi ngủ', correct: false },
        { text: 'Sạc điện thoại ở nơi ẩm ướt như nhà tắm', correct: false },
      ],
      explanation:
        'Chăn, gối cản tản nhiệt và dễ bắt lửa; nên sạc ở nơi thoáng, dùng bộ sạc đúng chủng loại.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Khi trời có mưa dông, sấm sét, nên làm gì với các thiết bị điện tử trong nhà?',
      options: [
        { text: 'Tắt và rút phích cắm tivi, máy tính, modem', correct: true },
        { text: 'Bật tất cả thiết bị để theo dõi tin tức', correct: false },
        { text: 'Kéo thêm dây ăng-ten ra ngoài trời', correct: false },
        { text: 'Không cần làm gì', correct: false },
      ],
      explanation:
        'Rút phích cắm giúp tránh hư hỏng thiết bị và nguy hiểm do sét lan truyền theo đường dây.',
      tags: ['an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Khi nước lũ có nguy cơ tràn vào nhà, cần làm gì đối với hệ thống điện?',
      options: [
        { text: 'Ngắt aptomat tổng trước khi nước ngập tới ổ cắm, thiết bị điện', correct: true },
        { text: 'Để nguyên điện để bơm nước ra', correct: false },
        { text: 'Lội nước để rút từng phích cắm khi điện vẫn còn', correct: false },
        { text: 'Dùng túi nilon bọc ổ cắm rồi tiếp tục dùng điện', correct: false },
      ],
      explanation:
        'Nước dẫn điện; cần cắt điện trước khi ngập và chỉ dùng lại khi hệ thống đã khô, được kiểm tra.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Điện giật trở nên nguy hiểm hơn trong trường hợp nào?',
      options: [
        { text: 'Người bị giật có tay ướt, đứng trên nền ẩm ướt', correct: true },
        { text: 'Người bị giật đi dép cao su khô, đứng trên sàn gỗ khô', correct: false },
        { text: 'Thiết bị đã được ngắt điện hoàn toàn', correct: false },
        { text: 'Người bị giật đeo găng tay cách điện', correct: false },
      ],
      explanation: 'Da ướt và nền ẩm làm điện trở giảm, dòng điện qua cơ thể lớn hơn.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Dây dẫn điện trong nhà cần đáp ứng yêu cầu nào?',
      options: [
        { text: 'Có vỏ bọc cách điện tốt, tiết diện phù hợp với công suất sử dụng', correct: true },
        { text: 'Càng nhỏ càng tốt để tiết kiệm chi phí', correct: false },
        { text: 'Có thể dùng dây trần nếu đi trên cao', correct: false },
        { text: 'Nối dây bằng cách xoắn tay, không cần băng cách điện', correct: false },
      ],
      explanation: 'Dây tiết diện nhỏ hơn yêu cầu sẽ nóng lên khi tải lớn, dễ gây chập cháy.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Khi xảy ra cháy do chập điện, việc cần làm trước tiên là gì?',
      options: [
        { text: 'Ngắt nguồn điện, sau đó dùng bình chữa cháy bột hoặc CO2', correct: true },
        { text: 'Dội nước ngay vào chỗ cháy khi điện vẫn còn', correct: false },
        { text: 'Mở toang cửa cho thoáng rồi đứng xem', correct: false },
        { text: 'Dùng chăn ướt dập khi chưa ngắt điện', correct: false },
      ],
      explanation: 'Nước dẫn điện; phải cắt điện trước, dùng bình bột hoặc CO2 và gọi 114 khi cần.',
      tags: ['an-toan-dien', 'so-cuu'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Số điện thoại khẩn cấp để báo cháy, cứu nạn cứu hộ ở Việt Nam là số nào?',
      options: [
        { text: '114', correct: true },
        { text: '113', correct: false },
        { text: '115', correct: false },
        { text: '116', correct: false },
      ],
      explanation: '114: cứu hỏa, cứu nạn cứu hộ; 113: công an; 115: cấp cứu y tế.',
      tags: ['so-cuu'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt:
        'Những dấu hiệu nào dưới đây cho thấy hệ thống điện trong nhà có thể không an toàn, cần kiểm tra? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Aptomat thường xuyên tự ngắt', correct: true },
        { text: 'Ổ cắm, dây dẫn bị nóng hoặc có mùi khét', correct: true },
        { text: 'Chạm vào vỏ kim loại của thiết bị thấy tê tay', correct: true },
        { text: 'Đèn sáng ổn định, không nhấp nháy', correct: false },
      ],
      explanation:
        'Aptomat hay ngắt, ổ cắm nóng, vỏ thiết bị rò điện là dấu hiệu quá tải, tiếp xúc kém hoặc hỏng cách điện; cần ngắt điện và nhờ thợ điện kiểm tra.',
      tags: ['an-toan-dien'],
      difficulty: 2,
    },
    // --- An toàn lưới điện ---
    {
      type: 'single',
      prompt: 'Khi thấy dây điện bị đứt rơi xuống đất, cần làm gì?',
      options: [
        { text: 'Tránh xa, cảnh báo người khác và báo ngay cho đơn vị điện lực', correct: true },
        { text: 'Dùng tay nhặt dây lên để người khác đi qua', correct: false },
        { text: 'Dùng thanh sắt gạt dây sang bên đường', correct: false },
        { text: 'Lại gần để kiểm tra dây còn điện hay không', correct: false },
      ],
      explanation:
        'Dây đứt có thể vẫn mang điện và gây điện áp bước nguy hiểm ở khu vực xung quanh.',
      tags: ['luoi-dien', 'an-toan-dien'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt: 'Đúng hay sai: Thả diều gần đường dây điện là hành vi nguy hiểm và bị nghiêm cấm.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Diều vướng vào dây có thể gây sự cố lưới điện và điện giật người thả diều.',
      tags: ['luoi-dien'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt: 'Những hành vi nào dưới đây vi phạm an toàn lưới điện? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Thả diều gần đường dây điện', correct: true },
        { text: 'Trèo lên cột điện', correct: true },
        { text: 'Bắn chim đậu trên dây điện', correct: true },
        { text: 'Báo cho điện lực khi thấy dây điện võng thấp', correct: false },
      ],
      explanation: 'Báo cho điện lực khi phát hiện nguy cơ mất an toàn là việc nên làm.',
      tags: ['luoi-dien'],
      difficulty: 2,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Với đường dây điện cao áp, chỉ khi chạm trực tiếp vào dây thì người mới có thể bị điện giật.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation:
        'Sai. Khi người hoặc vật dẫn điện đến quá gần dây cao áp, điện có thể phóng qua không khí (phóng điện hồ quang) gây tai nạn.',
      tags: ['luoi-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trước khi xây dựng, cải tạo nhà gần đường dây điện cao áp, người dân nên làm gì?',
      options: [
        {
          text: 'Liên hệ đơn vị điện lực để được hướng dẫn về hành lang và khoảng cách an toàn',
          correct: true,
        },
        { text: 'Tự ước lượng khoảng cách bằng mắt', correct: false },
        { text: 'Cứ xây dựng, khi nguy hiểm điện lực sẽ tự cắt điện', correct: false },
        { text: 'Dựng giàn giáo kim loại sát dây điện cho nhanh', correct: false },
      ],
      explanation:
        'Công trình gần đường dây cao áp phải tuân thủ quy định về hành lang bảo vệ an toàn lưới điện.',
      tags: ['luoi-dien'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Khi đang ở ngoài trời lúc có mưa dông, sấm sét, nên tránh trú ẩn ở đâu?',
      options: [
        { text: 'Dưới gốc cây cao, cột điện hoặc gần đường dây điện', correct: true },
        { text: 'Trong ngôi nhà kiên cố', correct: false },
        { text: 'Trong ô tô đóng kín cửa', correct: false },
        { text: 'Trong tòa nhà có hệ thống chống sét', correct: false },
      ],
      explanation:
        'Cây cao, cột điện dễ bị sét đánh; nên trú trong nhà kiên cố hoặc ô tô đóng kín.',
      tags: ['an-toan-dien', 'luoi-dien'],
      difficulty: 2,
    },
    // --- Sơ cứu người bị điện giật ---
    {
      type: 'single',
      prompt: 'Khi phát hiện người bị điện giật, việc đầu tiên cần làm là gì?',
      options: [
        {
          text: 'Nhanh chóng cắt nguồn điện (ngắt aptomat, cầu dao, rút phích cắm)',
          correct: true,
        },
        { text: 'Dùng tay kéo nạn nhân ra ngay', correct: false },
        { text: 'Dội nước vào người nạn nhân', correct: false },
        { text: 'Chạy đi tìm người khác rồi quay lại', correct: false },
      ],
      explanation:
        'Phải tách nạn nhân khỏi nguồn điện trước; chạm vào nạn nhân khi còn điện sẽ bị giật theo.',
      tags: ['so-cuu'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Nếu không thể cắt nguồn điện ngay, nên dùng vật gì để tách nạn nhân ra khỏi dây điện?',
      options: [
        { text: 'Gậy gỗ khô hoặc sào tre khô', correct: true },
        { text: 'Thanh sắt', correct: false },
        { text: 'Khăn ướt', correct: false },
        { text: 'Tay không', correct: false },
      ],
      explanation: 'Gỗ khô, tre khô không dẫn điện; kim loại và vật ướt đều dẫn điện.',
      tags: ['so-cuu'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Có thể dùng tay trần kéo ngay nạn nhân ra khỏi dây điện khi chưa ngắt được nguồn điện.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation:
        'Sai. Người cứu sẽ bị điện giật theo; phải cắt điện hoặc dùng vật cách điện khô.',
      tags: ['so-cuu'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt:
        'Khi chưa cắt được điện, những vật nào dưới đây có thể dùng để tách nạn nhân khỏi nguồn điện? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Gậy gỗ khô', correct: true },
        { text: 'Sào tre khô', correct: true },
        { text: 'Thanh thép', correct: false },
        { text: 'Khăn ướt', correct: false },
      ],
      explanation: 'Chỉ dùng vật cách điện và khô; thép và khăn ướt dẫn điện.',
      tags: ['so-cuu'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Khi tách nạn nhân khỏi nguồn điện, người cứu nên đứng ở đâu?',
      options: [
        { text: 'Trên tấm ván gỗ khô hoặc vật cách điện khô', correct: true },
        { text: 'Trong vũng nước', correct: false },
        { text: 'Trên tấm tôn', correct: false },
        { text: 'Trên nền đất ướt', correct: false },
      ],
      explanation:
        'Đứng trên vật cách điện khô giúp người cứu không tạo thành đường dẫn điện xuống đất.',
      tags: ['so-cuu'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Sau khi được tách khỏi nguồn điện, nạn nhân bất tỉnh, ngừng thở, không có mạch. Cần làm gì?',
      options: [
        {
          text: 'Gọi cấp cứu 115 và tiến hành hồi sinh tim phổi (ép tim, thổi ngạt) ngay',
          correct: true,
        },
        { text: 'Để nạn nhân nằm yên chờ xe cấp cứu đến', correct: false },
        { text: 'Cho nạn nhân uống nước', correct: false },
        { text: 'Xoa dầu nóng rồi để nạn nhân nghỉ', correct: false },
      ],
      explanation:
        'Hồi sinh tim phổi cần bắt đầu ngay trong vài phút đầu để tăng cơ hội sống cho nạn nhân.',
      tags: ['so-cuu'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Số điện thoại cấp cứu y tế ở Việt Nam là số nào?',
      options: [
        { text: '115', correct: true },
        { text: '113', correct: false },
        { text: '114', correct: false },
        { text: '119', correct: false },
      ],
      explanation: '115 là số gọi cấp cứu y tế.',
      tags: ['so-cuu'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Khi hồi sinh tim phổi cho người lớn (một người cứu), tỷ lệ ép tim và thổi ngạt được khuyến cáo là bao nhiêu?',
      options: [
        { text: '30 lần ép tim : 2 lần thổi ngạt', correct: true },
        { text: '15 lần ép tim : 1 lần thổi ngạt', correct: false },
        { text: '5 lần ép tim : 1 lần thổi ngạt', correct: false },
        { text: '10 lần ép tim : 2 lần thổi ngạt', correct: false },
      ],
      explanation:
        'Hướng dẫn hồi sinh tim phổi hiện hành cho người lớn: 30 lần ép tim xen kẽ 2 lần thổi ngạt.',
      tags: ['so-cuu'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Khi ép tim ngoài lồng ngực cho người lớn, tần số ép được khuyến cáo là bao nhiêu?',
      options: [
        { text: '100 - 120 lần/phút', correct: true },
        { text: '60 - 80 lần/phút', correct: false },
        { text: '40 - 60 lần/phút', correct: false },
        { text: '150 - 180 lần/phút', correct: false },
      ],
      explanation: 'Ép tim nhanh và mạnh với tần số 100 - 120 lần mỗi phút.',
      tags: ['so-cuu'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Khi ép tim ngoài lồng ngực cho người lớn, độ lún của lồng ngực được khuyến cáo khoảng bao nhiêu?',
      options: [
        { text: 'Khoảng 5 - 6 cm', correct: true },
        { text: 'Khoảng 1 - 2 cm', correct: false },
        { text: 'Khoảng 2 - 3 cm', correct: false },
        { text: 'Khoảng 8 - 10 cm', correct: false },
      ],
      explanation: 'Ép sâu khoảng 5 - 6 cm và để lồng ngực nở lại hoàn toàn sau mỗi lần ép.',
      tags: ['so-cuu'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Khi ép tim cho người lớn, đặt tay ép ở vị trí nào?',
      options: [
        { text: 'Giữa ngực, trên nửa dưới xương ức', correct: true },
        { text: 'Trên bụng, ngay rốn', correct: false },
        { text: 'Bên ngực trái, dưới xương đòn', correct: false },
        { text: 'Giữa hai bả vai ở lưng', correct: false },
      ],
      explanation:
        'Đặt gót bàn tay ở giữa ngực (nửa dưới xương ức), hai tay chồng lên nhau, cánh tay thẳng.',
      tags: ['so-cuu'],
      difficulty: 3,
    },
    // --- Tiết kiệm điện trong gia đình ---
    {
      type: 'single',
      prompt: 'Loại đèn chiếu sáng nào sau đây tiết kiệm điện nhất khi cho cùng độ sáng?',
      options: [
        { text: 'Đèn LED', correct: true },
        { text: 'Đèn sợi đốt', correct: false },
        { text: 'Đèn halogen', correct: false },
        { text: 'Đèn huỳnh quang ống T10 dùng chấn lưu sắt từ', correct: false },
      ],
      explanation:
        'Đèn LED có hiệu suất phát sáng cao, tiêu thụ ít điện hơn nhiều so với đèn sợi đốt, halogen.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt: 'Đúng hay sai: Đèn LED thường có tuổi thọ cao hơn nhiều so với bóng đèn sợi đốt.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation: 'Đúng. Đèn LED vừa tiết kiệm điện vừa bền hơn nhiều lần so với đèn sợi đốt.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Để tiết kiệm điện, mùa nóng nên đặt nhiệt độ máy điều hòa ở mức nào?',
      options: [
        { text: 'Từ 26 - 27°C trở lên', correct: true },
        { text: '16 - 18°C', correct: false },
        { text: '20 - 22°C', correct: false },
        { text: 'Mức thấp nhất mà máy cho phép', correct: false },
      ],
      explanation:
        'Ngành điện khuyến nghị đặt điều hòa từ 26 - 27°C trở lên, kết hợp quạt để mát đều.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt: 'Đúng hay sai: Đặt nhiệt độ điều hòa càng thấp thì máy càng tiết kiệm điện.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation: 'Sai. Nhiệt độ đặt càng thấp, máy nén càng phải làm việc nhiều và tốn điện hơn.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Máy điều hòa có công nghệ biến tần (inverter) tiết kiệm điện nhờ đâu?',
      options: [
        {
          text: 'Điều chỉnh tốc độ máy nén theo nhu cầu làm lạnh, tránh bật tắt liên tục',
          correct: true,
        },
        { text: 'Dùng điện áp 110 V thay cho 220 V', correct: false },
        { text: 'Chỉ chạy vào ban đêm', correct: false },
        { text: 'Không cần vệ sinh lưới lọc', correct: false },
      ],
      explanation:
        'Máy nén biến tần chạy chậm lại khi phòng đủ lạnh thay vì ngắt rồi khởi động lại.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Khi sử dụng máy điều hòa, cách nào sau đây giúp tiết kiệm điện?',
      options: [
        { text: 'Đóng kín cửa phòng và có thể dùng kết hợp với quạt', correct: true },
        { text: 'Mở cửa sổ cho thoáng khí khi điều hòa đang chạy', correct: false },
        { text: 'Bật điều hòa cả khi không có người trong phòng', correct: false },
        { text: 'Để dàn nóng dưới nắng gắt, không có chỗ thoát nhiệt', correct: false },
      ],
      explanation:
        'Phòng kín giữ hơi lạnh; quạt giúp luân chuyển không khí nên có thể đặt nhiệt độ cao hơn.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Vệ sinh lưới lọc của máy điều hòa định kỳ mang lại lợi ích gì?',
      options: [
        { text: 'Máy làm lạnh hiệu quả hơn và tiêu thụ ít điện hơn', correct: true },
        { text: 'Làm tăng điện áp lưới điện', correct: false },
        { text: 'Giúp máy chạy được bằng điện 110 V', correct: false },
        { text: 'Không có lợi ích gì', correct: false },
      ],
      explanation: 'Lưới lọc bẩn cản luồng gió, máy phải chạy lâu hơn để đạt nhiệt độ đặt.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trên nhãn năng lượng so sánh của Việt Nam, số sao càng nhiều có ý nghĩa gì?',
      options: [
        { text: 'Hiệu suất năng lượng càng cao, càng tiết kiệm điện', correct: true },
        { text: 'Thiết bị càng đắt tiền', correct: false },
        { text: 'Thiết bị càng tiêu thụ nhiều điện', correct: false },
        { text: 'Thiết bị càng có công suất lớn', correct: false },
      ],
      explanation:
        'Nhãn so sánh có từ 1 đến 5 sao; càng nhiều sao thì thiết bị càng tiết kiệm năng lượng.',
      tags: ['tiet-kiem', 'nhan-nang-luong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Nhãn năng lượng so sánh ở Việt Nam có số sao cao nhất là bao nhiêu?',
      options: [
        { text: '5 sao', correct: true },
        { text: '3 sao', correct: false },
        { text: '4 sao', correct: false },
        { text: '6 sao', correct: false },
      ],
      explanation: 'Nhãn so sánh xếp hạng từ 1 đến 5 sao; 5 sao là hiệu suất năng lượng cao nhất.',
      tags: ['nhan-nang-luong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Nhãn năng lượng xác nhận được dán cho phương tiện, thiết bị nào?',
      options: [
        {
          text: 'Phương tiện, thiết bị có hiệu suất năng lượng cao nhất so với các sản phẩm cùng loại',
          correct: true,
        },
        { text: 'Mọi thiết bị điện được bán tại Việt Nam', correct: false },
        { text: 'Thiết bị có hiệu suất năng lượng dưới mức tối thiểu', correct: false },
        { text: 'Thiết bị điện đã qua sử dụng', correct: false },
      ],
      explanation:
        'Việt Nam dùng hai loại nhãn: nhãn so sánh (1 - 5 sao) và nhãn xác nhận dành cho sản phẩm có hiệu suất năng lượng cao nhất.',
      tags: ['nhan-nang-luong'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Khi mua thiết bị điện mới, nên ưu tiên lựa chọn thế nào để tiết kiệm điện?',
      options: [
        { text: 'Sản phẩm có nhãn năng lượng nhiều sao, công suất phù hợp nhu cầu', correct: true },
        { text: 'Sản phẩm có công suất càng lớn càng tốt', correct: false },
        { text: 'Sản phẩm rẻ nhất, không quan tâm nhãn năng lượng', correct: false },
        { text: 'Sản phẩm không có nhãn mác, xuất xứ', correct: false },
      ],
      explanation: 'Thiết bị hiệu suất cao, đúng nhu cầu giúp giảm điện năng tiêu thụ lâu dài.',
      tags: ['tiet-kiem', 'nhan-nang-luong'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Tivi, đầu thu, bộ sạc vẫn cắm điện ở chế độ chờ (standby) thì vẫn tiêu thụ điện.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation: 'Đúng. Nên tắt hẳn và rút phích cắm khi không sử dụng.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Cách sử dụng tủ lạnh nào sau đây giúp tiết kiệm điện?',
      options: [
        { text: 'Để thức ăn nguội rồi mới cho vào tủ, hạn chế mở cửa tủ', correct: true },
        { text: 'Cho thức ăn còn nóng vào ngay để bảo quản', correct: false },
        { text: 'Mở cửa tủ lâu để chọn đồ', correct: false },
        { text: 'Đặt tủ sát bếp nấu cho tiện', correct: false },
      ],
      explanation: 'Thức ăn nóng và việc mở cửa tủ thường xuyên làm máy nén phải chạy nhiều hơn.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Vị trí đặt tủ lạnh nào giúp tủ hoạt động hiệu quả, tiết kiệm điện?',
      options: [
        {
          text: 'Nơi thoáng mát, cách tường một khoảng để tản nhiệt, tránh nắng và nguồn nhiệt',
          correct: true,
        },
        { text: 'Sát tường và sát bếp gas', correct: false },
        { text: 'Ngoài hiên, chỗ có nắng chiếu trực tiếp', correct: false },
        { text: 'Trong tủ gỗ kín', correct: false },
      ],
      explanation: 'Tủ lạnh cần tản nhiệt ra môi trường; nơi nóng, bí làm tủ tốn điện hơn.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Cách dùng máy giặt nào sau đây tiết kiệm điện hơn?',
      options: [
        { text: 'Giặt khi đủ lượng quần áo theo khuyến nghị của máy', correct: true },
        { text: 'Giặt vài bộ quần áo mỗi lần, nhiều lần trong ngày', correct: false },
        { text: 'Luôn chọn chế độ giặt nước nóng ở nhiệt độ cao nhất', correct: false },
        { text: 'Cho quần áo vượt quá khối lượng tối đa', correct: false },
      ],
      explanation:
        'Giặt đủ tải giảm số lần chạy máy; quá tải hay giặt nước nóng không cần thiết đều tốn điện.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Cách sử dụng bàn là (bàn ủi) nào sau đây tiết kiệm điện?',
      options: [
        { text: 'Là tập trung nhiều quần áo trong một lần', correct: true },
        { text: 'Mỗi lần chỉ là một chiếc, nhiều lần trong ngày', correct: false },
        { text: 'Luôn để ở nhiệt độ cao nhất cho mọi loại vải', correct: false },
        { text: 'Để bàn là cắm điện trong lúc nghỉ giữa chừng', correct: false },
      ],
      explanation:
        'Bàn là tốn nhiều điện nhất lúc làm nóng; là một lần nhiều quần áo giúp giảm số lần làm nóng.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Vì sao nên hạn chế dùng đồng thời nhiều thiết bị công suất lớn vào giờ cao điểm buổi tối?',
      options: [
        { text: 'Để giảm áp lực cho hệ thống điện, góp phần cung cấp điện ổn định', correct: true },
        { text: 'Vì giờ cao điểm điện áp tăng lên 380 V', correct: false },
        { text: 'Vì công tơ không đo điện vào giờ cao điểm', correct: false },
        { text: 'Vì thiết bị không hoạt động được vào buổi tối', correct: false },
      ],
      explanation:
        'Giảm phụ tải giờ cao điểm giúp hệ thống điện vận hành an toàn, hạn chế quá tải.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Với biểu giá bán lẻ điện sinh hoạt bậc thang, điều nào sau đây đúng?',
      options: [
        {
          text: 'Dùng càng nhiều điện trong tháng thì các kWh ở bậc sau có giá càng cao',
          correct: true,
        },
        { text: 'Dùng càng nhiều điện thì giá mỗi kWh càng rẻ', correct: false },
        { text: 'Mọi kWh đều có cùng một giá', correct: false },
        { text: 'Giá điện chỉ phụ thuộc vào số thiết bị trong nhà', correct: false },
      ],
      explanation:
        'Biểu giá bậc thang khuyến khích tiết kiệm: phần điện dùng thêm ở các bậc cao có giá cao hơn.',
      tags: ['tiet-kiem'],
      difficulty: 2,
    },
    {
      type: 'multiple',
      prompt:
        'Những việc nào dưới đây giúp tiết kiệm điện trong gia đình? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Tắt đèn khi ra khỏi phòng', correct: true },
        { text: 'Rút phích cắm các thiết bị khi không sử dụng', correct: true },
        { text: 'Thay bóng đèn sợi đốt bằng đèn LED', correct: true },
        { text: 'Mở cửa tủ lạnh lâu để chọn đồ', correct: false },
      ],
      explanation: 'Ba việc đầu giảm điện năng tiêu thụ; mở tủ lạnh lâu làm tủ tốn điện hơn.',
      tags: ['tiet-kiem'],
      difficulty: 1,
    },
    // --- Nơi làm việc ---
    {
      type: 'multiple',
      prompt:
        'Những việc nào dưới đây giúp tiết kiệm điện tại cơ quan, nơi làm việc? (Chọn tất cả đáp án đúng)',
      options: [
        {
          text: 'Tắt máy tính, màn hình và thiết bị văn phòng khi kết thúc ngày làm việc',
          correct: true,
        },
        { text: 'Tận dụng ánh sáng và thông gió tự nhiên', correct: true },
        { text: 'Bật điều hòa trong khi mở cửa sổ', correct: false },
        { text: 'Để máy in, máy photocopy bật suốt đêm', correct: false },
      ],
      explanation:
        'Tắt thiết bị khi không dùng và tận dụng ánh sáng tự nhiên giúp giảm điện năng tiêu thụ.',
      tags: ['tiet-kiem', 'noi-lam-viec'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trong giờ nghỉ trưa tại văn phòng, việc nào sau đây giúp tiết kiệm điện?',
      options: [
        { text: 'Tắt đèn, màn hình máy tính và các thiết bị không cần thiết', correct: true },
        { text: 'Để nguyên mọi thiết bị hoạt động', correct: false },
        { text: 'Giảm nhiệt độ điều hòa xuống thấp nhất', correct: false },
        { text: 'Bật thêm đèn ở hành lang', correct: false },
      ],
      explanation: 'Tắt thiết bị khi không có người sử dụng là biện pháp đơn giản và hiệu quả.',
      tags: ['tiet-kiem', 'noi-lam-viec'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Nguồn năng lượng nào sau đây là năng lượng tái tạo?',
      options: [
        { text: 'Năng lượng mặt trời', correct: true },
        { text: 'Than đá', correct: false },
        { text: 'Dầu mỏ', correct: false },
        { text: 'Khí đốt tự nhiên', correct: false },
      ],
      explanation:
        'Năng lượng mặt trời được tái tạo liên tục; than, dầu, khí là nhiên liệu hóa thạch.',
      tags: ['kien-thuc-co-ban', 'tiet-kiem'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt:
        'Những nguồn năng lượng nào dưới đây là năng lượng tái tạo? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Gió', correct: true },
        { text: 'Sinh khối', correct: true },
        { text: 'Thủy triều', correct: true },
        { text: 'Than đá', correct: false },
      ],
      explanation: 'Gió, sinh khối, thủy triều là nguồn tái tạo; than đá là nhiên liệu hóa thạch.',
      tags: ['kien-thuc-co-ban'],
      difficulty: 2,
    },
    // --- Luật Sử dụng năng lượng tiết kiệm và hiệu quả ---
    {
      type: 'single',
      prompt: 'Luật Sử dụng năng lượng tiết kiệm và hiệu quả được Quốc hội thông qua vào năm nào?',
      options: [
        { text: '2010', correct: true },
        { text: '2005', correct: false },
        { text: '2012', correct: false },
        { text: '2015', correct: false },
      ],
      explanation:
        'Luật Sử dụng năng lượng tiết kiệm và hiệu quả số 50/2010/QH12 được thông qua năm 2010.',
      tags: ['luat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010 có hiệu lực từ ngày nào?',
      options: [
        { text: '1/1/2011', correct: true },
        { text: '1/7/2010', correct: false },
        { text: '1/1/2010', correct: false },
        { text: '1/7/2011', correct: false },
      ],
      explanation: 'Luật có hiệu lực thi hành từ ngày 1/1/2011.',
      tags: ['luat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Số hiệu của Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010 là gì?',
      options: [
        { text: '50/2010/QH12', correct: true },
        { text: '45/2019/QH14', correct: false },
        { text: '12/2012/QH13', correct: false },
        { text: '10/2012/QH13', correct: false },
      ],
      explanation: 'Luật số 50/2010/QH12 do Quốc hội khóa XII thông qua.',
      tags: ['luat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Theo Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010, bộ nào chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về sử dụng năng lượng tiết kiệm và hiệu quả?',
      options: [
        { text: 'Bộ Công Thương', correct: true },
        { text: 'Bộ Khoa học và Công nghệ', correct: false },
        { text: 'Bộ Xây dựng', correct: false },
        { text: 'Bộ Tài chính', correct: false },
      ],
      explanation:
        'Bộ Công Thương là cơ quan đầu mối quản lý nhà nước về sử dụng năng lượng tiết kiệm và hiệu quả.',
      tags: ['luat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Theo Luật năm 2010, "sử dụng năng lượng tiết kiệm và hiệu quả" được hiểu là gì?',
      options: [
        {
          text: 'Áp dụng biện pháp quản lý và kỹ thuật nhằm giảm tổn thất, giảm mức tiêu thụ năng lượng của phương tiện, thiết bị mà vẫn bảo đảm nhu cầu, mục đích sử dụng',
          correct: true,
        },
        {
          text: 'Cắt giảm sử dụng năng lượng bằng mọi giá, kể cả khi ảnh hưởng sản xuất',
          correct: false,
        },
        { text: 'Chỉ sử dụng năng lượng vào ban đêm', correct: false },
        { text: 'Thay toàn bộ thiết bị điện bằng thiết bị chạy dầu', correct: false },
      ],
      explanation:
        'Tiết kiệm và hiệu quả là giảm lãng phí, tổn thất nhưng vẫn đáp ứng nhu cầu sản xuất, dịch vụ, sinh hoạt.',
      tags: ['luat'],
      difficulty: 3,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010 quy định quyền, nghĩa vụ, trách nhiệm của cả tổ chức, hộ gia đình và cá nhân.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Phạm vi điều chỉnh của Luật bao gồm tổ chức, hộ gia đình, cá nhân sử dụng năng lượng.',
      tags: ['luat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả của Việt Nam có tên viết tắt là gì?',
      options: [
        { text: 'VNEEP', correct: true },
        { text: 'WWF', correct: false },
        { text: 'LEED', correct: false },
        { text: 'ASEAN', correct: false },
      ],
      explanation:
        'VNEEP (Vietnam National Energy Efficiency Program) là Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả.',
      tags: ['luat', 'tiet-kiem'],
      difficulty: 3,
    },
    // --- Giờ Trái Đất ---
    {
      type: 'single',
      prompt: 'Chiến dịch "Giờ Trái Đất" do tổ chức nào khởi xướng?',
      options: [
        { text: 'Quỹ Quốc tế về Bảo vệ Thiên nhiên (WWF)', correct: true },
        { text: 'Tổ chức Y tế Thế giới (WHO)', correct: false },
        { text: 'UNESCO', correct: false },
        { text: 'Tổ chức Thương mại Thế giới (WTO)', correct: false },
      ],
      explanation: 'Giờ Trái Đất do WWF khởi xướng, lần đầu tổ chức tại Sydney (Úc) năm 2007.',
      tags: ['gio-trai-dat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Giờ Trái Đất lần đầu tiên được tổ chức tại thành phố nào?',
      options: [
        { text: 'Sydney (Úc)', correct: true },
        { text: 'Paris (Pháp)', correct: false },
        { text: 'New York (Hoa Kỳ)', correct: false },
        { text: 'Tokyo (Nhật Bản)', correct: false },
      ],
      explanation: 'Giờ Trái Đất bắt đầu tại Sydney năm 2007, sau đó lan rộng ra toàn thế giới.',
      tags: ['gio-trai-dat'],
      difficulty: 2,
    },
    {
      type: 'short_text',
      prompt:
        'Chiến dịch Giờ Trái Đất được tổ chức lần đầu tiên vào năm nào? (Ghi năm bằng chữ số)',
      acceptedAnswers: ['2007', 'năm 2007'],
      explanation: 'Giờ Trái Đất lần đầu diễn ra tại Sydney (Úc) năm 2007.',
      tags: ['gio-trai-dat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Việt Nam chính thức tham gia chiến dịch Giờ Trái Đất lần đầu tiên vào năm nào?',
      options: [
        { text: '2009', correct: true },
        { text: '2007', correct: false },
        { text: '2011', correct: false },
        { text: '2013', correct: false },
      ],
      explanation: 'Việt Nam tham gia Giờ Trái Đất lần đầu năm 2009.',
      tags: ['gio-trai-dat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Trong chiến dịch Giờ Trái Đất, mọi người được kêu gọi tắt đèn và thiết bị điện không cần thiết trong bao lâu?',
      options: [
        { text: '1 giờ', correct: true },
        { text: '30 phút', correct: false },
        { text: '3 giờ', correct: false },
        { text: 'Cả ngày', correct: false },
      ],
      explanation:
        'Giờ Trái Đất kêu gọi tắt đèn và thiết bị không cần thiết trong 1 giờ, từ 20 giờ 30 đến 21 giờ 30.',
      tags: ['gio-trai-dat'],
      difficulty: 1,
    },
  ],
};
