import { type DemoBank } from './types';

/**
 * "Lịch sử Công đoàn Việt Nam": the founding, the organisation's names, its congresses, the trade
 * union and labour laws, union dues and the role of grassroots unions. Only well-documented facts
 * (the congress data follows the propaganda outline for the 13th congress, 2023).
 */
export const BANK_UNION_HISTORY: DemoBank = {
  title: 'Lịch sử Công đoàn Việt Nam',
  theme: 'lich-su-cong-doan',
  description:
    'Câu hỏi tìm hiểu lịch sử hình thành và phát triển của Công đoàn Việt Nam (28/7/1929), các kỳ Đại hội, Luật Công đoàn, Bộ luật Lao động và vai trò của công đoàn cơ sở.',
  questions: [
    // --- Thành lập ---
    {
      type: 'single',
      prompt: 'Tổ chức Công đoàn Việt Nam được thành lập vào ngày, tháng, năm nào?',
      options: [
        { text: '28/7/1929', correct: true },
        { text: '1/5/1929', correct: false },
        { text: '3/2/1930', correct: false },
        { text: '20/7/1946', correct: false },
      ],
      explanation:
        'Ngày 28/7/1929, Đại hội thành lập Tổng Công hội Đỏ Bắc Kỳ họp tại Hà Nội, đánh dấu sự ra đời của tổ chức Công đoàn Việt Nam.',
      tags: ['thanh-lap'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Tổ chức công đoàn đầu tiên ở nước ta, thành lập ngày 28/7/1929, có tên là gì?',
      options: [
        { text: 'Tổng Công hội Đỏ Bắc Kỳ', correct: true },
        { text: 'Hội Công nhân cứu quốc', correct: false },
        { text: 'Tổng Công đoàn Việt Nam', correct: false },
        { text: 'Nghiệp đoàn Ái hữu', correct: false },
      ],
      explanation:
        'Tổng Công hội Đỏ Bắc Kỳ là tiền thân của Tổng Liên đoàn Lao động Việt Nam ngày nay.',
      tags: ['thanh-lap', 'ten-goi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Đại hội thành lập Tổng Công hội Đỏ Bắc Kỳ (28/7/1929) họp tại địa điểm nào?',
      options: [
        { text: 'Nhà số 15 phố Hàng Nón, Hà Nội', correct: true },
        { text: 'Nhà số 5D phố Hàm Long, Hà Nội', correct: false },
        { text: 'Nhà số 312 phố Khâm Thiên, Hà Nội', correct: false },
        { text: 'Xưởng Ba Son, Sài Gòn', correct: false },
      ],
      explanation:
        'Đại hội họp tại nhà số 15 phố Hàng Nón, Hà Nội. Số 5D Hàm Long là nơi lập chi bộ cộng sản đầu tiên, số 312 Khâm Thiên là nơi thành lập Đông Dương Cộng sản Đảng.',
      tags: ['thanh-lap'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Ai đứng đầu Ban Chấp hành lâm thời Tổng Công hội Đỏ Bắc Kỳ năm 1929?',
      options: [
        { text: 'Nguyễn Đức Cảnh', correct: true },
        { text: 'Tôn Đức Thắng', correct: false },
        { text: 'Hoàng Quốc Việt', correct: false },
        { text: 'Trần Danh Tuyên', correct: false },
      ],
      explanation:
        'Đồng chí Nguyễn Đức Cảnh, Ủy viên Ban Chấp hành Trung ương lâm thời Đông Dương Cộng sản Đảng, đứng đầu Ban Chấp hành lâm thời Tổng Công hội Đỏ.',
      tags: ['thanh-lap', 'nhan-vat'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Tổ chức nào đã triệu tập Đại hội thành lập Tổng Công hội Đỏ Bắc Kỳ?',
      options: [
        { text: 'Đông Dương Cộng sản Đảng', correct: true },
        { text: 'An Nam Cộng sản Đảng', correct: false },
        { text: 'Đông Dương Cộng sản Liên đoàn', correct: false },
        { text: 'Việt Nam Quốc dân Đảng', correct: false },
      ],
      explanation:
        'Đại hội do Ban Chấp hành Trung ương lâm thời Đông Dương Cộng sản Đảng (thành lập tháng 6/1929) triệu tập.',
      tags: ['thanh-lap'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Đại hội thành lập Tổng Công hội Đỏ Bắc Kỳ quyết định xuất bản tờ báo nào?',
      options: [
        { text: 'Báo Lao động', correct: true },
        { text: 'Báo Thanh niên', correct: false },
        { text: 'Báo Búa liềm', correct: false },
        { text: 'Báo Cứu quốc', correct: false },
      ],
      explanation:
        'Đại hội quyết định ra Báo Lao động và Tạp chí Công hội Đỏ. Báo Búa liềm là cơ quan của Đông Dương Cộng sản Đảng, báo Thanh niên của Hội Việt Nam Cách mạng Thanh niên.',
      tags: ['thanh-lap'],
      difficulty: 3,
    },
    {
      type: 'short_text',
      prompt: 'Tổ chức Công đoàn Việt Nam được thành lập vào năm nào? (Ghi năm bằng chữ số)',
      acceptedAnswers: ['1929', 'năm 1929'],
      explanation: 'Tổng Công hội Đỏ Bắc Kỳ được thành lập ngày 28/7/1929.',
      tags: ['thanh-lap'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Ngày nào hằng năm là Ngày truyền thống của Công đoàn Việt Nam?',
      options: [
        { text: '28/7', correct: true },
        { text: '1/5', correct: false },
        { text: '20/7', correct: false },
        { text: '3/2', correct: false },
      ],
      explanation:
        'Ngày thành lập Tổng Công hội Đỏ Bắc Kỳ (28/7/1929) được lấy làm Ngày truyền thống của Công đoàn Việt Nam.',
      tags: ['ngay-truyen-thong'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Đồng chí Nguyễn Đức Cảnh là Chủ tịch đầu tiên của Tổng Liên đoàn Lao động Việt Nam khi tổ chức này được thành lập năm 1946.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation:
        'Sai. Nguyễn Đức Cảnh đứng đầu Tổng Công hội Đỏ Bắc Kỳ năm 1929 và bị thực dân Pháp xử chém năm 1932, trước khi Tổng Liên đoàn Lao động Việt Nam ra đời (1946).',
      tags: ['nhan-vat', 'thanh-lap'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Đồng chí Nguyễn Đức Cảnh bị thực dân Pháp xử chém năm 1932 tại đâu?',
      options: [
        { text: 'Hải Phòng', correct: true },
        { text: 'Hà Nội', correct: false },
        { text: 'Vinh', correct: false },
        { text: 'Sài Gòn', correct: false },
      ],
      explanation:
        'Bị bắt ở Vinh năm 1931, Nguyễn Đức Cảnh bị thực dân Pháp kết án tử hình và xử chém tại Hải Phòng ngày 31/7/1932.',
      tags: ['nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Tác phẩm nào của Nguyễn Ái Quốc (xuất bản năm 1927) có phần bàn về tổ chức công hội của công nhân?',
      options: [
        { text: 'Đường Kách mệnh', correct: true },
        { text: 'Bản án chế độ thực dân Pháp', correct: false },
        { text: 'Nhật ký trong tù', correct: false },
        { text: 'Lời kêu gọi toàn quốc kháng chiến', correct: false },
      ],
      explanation:
        'Trong "Đường Kách mệnh" (1927), Nguyễn Ái Quốc viết về mục đích và cách tổ chức công hội, đặt cơ sở cho sự ra đời của tổ chức Công đoàn Việt Nam.',
      tags: ['thanh-lap', 'nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Phong trào "vô sản hóa" do Hội Việt Nam Cách mạng Thanh niên phát động vào năm nào?',
      options: [
        { text: '1928', correct: true },
        { text: '1925', correct: false },
        { text: '1930', correct: false },
        { text: '1936', correct: false },
      ],
      explanation:
        'Năm 1928, Hội Việt Nam Cách mạng Thanh niên phát động phong trào "vô sản hóa", đưa hội viên vào nhà máy, hầm mỏ, đồn điền, góp phần chuẩn bị cho sự ra đời của Công hội Đỏ.',
      tags: ['thanh-lap'],
      difficulty: 3,
    },
    // --- Bãi công Ba Son ---
    {
      type: 'single',
      prompt: 'Cuộc bãi công của công nhân xưởng Ba Son (Sài Gòn) năm 1925 do ai lãnh đạo?',
      options: [
        { text: 'Tôn Đức Thắng', correct: true },
        { text: 'Nguyễn Đức Cảnh', correct: false },
        { text: 'Hoàng Quốc Việt', correct: false },
        { text: 'Nguyễn Văn Linh', correct: false },
      ],
      explanation: 'Cuộc bãi công của hơn 1.000 công nhân Ba Son do Tôn Đức Thắng lãnh đạo.',
      tags: ['ba-son', 'nhan-vat'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Công nhân xưởng Ba Son bãi công năm 1925 để ngăn việc sửa chữa chiến hạm nào của Pháp, chiếc tàu sẽ chở lính sang đàn áp cách mạng Trung Quốc?',
      options: [
        { text: 'Michelet', correct: true },
        { text: 'Amiral Latouche-Tréville', correct: false },
        { text: 'Normandie', correct: false },
        { text: 'Richelieu', correct: false },
      ],
      explanation:
        'Công nhân Ba Son kéo dài việc sửa chữa chiến hạm Michelet (Jules Michelet) để phản đối việc Pháp đưa quân sang đàn áp cách mạng Trung Quốc.',
      tags: ['ba-son'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Cuộc bãi công của công nhân xưởng Ba Son diễn ra vào thời gian nào?',
      options: [
        { text: 'Tháng 8/1925', correct: true },
        { text: 'Tháng 7/1929', correct: false },
        { text: 'Tháng 5/1930', correct: false },
        { text: 'Tháng 1/1936', correct: false },
      ],
      explanation: 'Cuộc bãi công kéo dài tám ngày, từ 4 đến 12/8/1925.',
      tags: ['ba-son'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Ý nghĩa nổi bật của cuộc bãi công Ba Son (8/1925) là gì?',
      options: [
        {
          text: 'Đánh dấu bước tiến mới: giai cấp công nhân Việt Nam bước đầu đi vào đấu tranh tự giác',
          correct: true,
        },
        { text: 'Đánh dấu sự ra đời của Đảng Cộng sản Việt Nam', correct: false },
        { text: 'Mở đầu phong trào Xô viết Nghệ - Tĩnh', correct: false },
        { text: 'Dẫn tới việc thành lập Tổng Liên đoàn Lao động Việt Nam', correct: false },
      ],
      explanation:
        'Bãi công Ba Son có tổ chức, lãnh đạo và mục đích chính trị rõ ràng, đánh dấu bước chuyển của phong trào công nhân từ tự phát sang tự giác.',
      tags: ['ba-son'],
      difficulty: 3,
    },
    {
      type: 'true_false',
      prompt: 'Đúng hay sai: Xưởng Ba Son, nơi nổ ra cuộc bãi công năm 1925, nằm ở Hà Nội.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation: 'Sai. Xưởng sửa chữa tàu thủy Ba Son nằm ở Sài Gòn.',
      tags: ['ba-son'],
      difficulty: 1,
    },
    // --- Tên gọi qua các thời kỳ ---
    {
      type: 'single',
      prompt: 'Ngày 20/7/1946, tổ chức nào của công nhân Việt Nam được thành lập?',
      options: [
        { text: 'Tổng Liên đoàn Lao động Việt Nam', correct: true },
        { text: 'Tổng Công hội Đỏ Bắc Kỳ', correct: false },
        { text: 'Tổng Công đoàn Việt Nam', correct: false },
        { text: 'Hội Công nhân cứu quốc', correct: false },
      ],
      explanation:
        'Ngày 20/7/1946, Hội nghị đại biểu công đoàn toàn quốc quyết định đổi tên Hội Công nhân cứu quốc thành Công đoàn và thành lập Tổng Liên đoàn Lao động Việt Nam.',
      tags: ['ten-goi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trong giai đoạn 1941 - 1946, tổ chức công đoàn Việt Nam mang tên gọi nào?',
      options: [
        { text: 'Hội Công nhân cứu quốc', correct: true },
        { text: 'Nghiệp đoàn Ái hữu', correct: false },
        { text: 'Hội Công nhân phản đế', correct: false },
        { text: 'Tổng Công đoàn Việt Nam', correct: false },
      ],
      explanation:
        'Từ năm 1941, công đoàn hoạt động dưới tên Hội Công nhân cứu quốc, thành viên của Mặt trận Việt Minh.',
      tags: ['ten-goi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Trong thời kỳ đấu tranh dân chủ 1936 - 1939, tổ chức công đoàn mang tên gọi nào?',
      options: [
        { text: 'Nghiệp đoàn Ái hữu', correct: true },
        { text: 'Hội Công nhân cứu quốc', correct: false },
        { text: 'Tổng Công hội Đỏ Bắc Kỳ', correct: false },
        { text: 'Tổng Liên đoàn Lao động Việt Nam', correct: false },
      ],
      explanation:
        'Giai đoạn 1936 - 1939, công đoàn hoạt động công khai, nửa công khai dưới tên Nghiệp đoàn Ái hữu, đòi tự do nghiệp đoàn, dân sinh, dân chủ.',
      tags: ['ten-goi'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Giai đoạn 1939 - 1941, tổ chức công đoàn Việt Nam có tên gọi là gì?',
      options: [
        { text: 'Hội Công nhân phản đế', correct: true },
        { text: 'Nghiệp đoàn Ái hữu', correct: false },
        { text: 'Công hội Đỏ', correct: false },
        { text: 'Tổng Công đoàn Việt Nam', correct: false },
      ],
      explanation:
        'Khi Chiến tranh thế giới thứ hai bùng nổ, tổ chức công đoàn chuyển thành Hội Công nhân phản đế (1939 - 1941).',
      tags: ['ten-goi'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ mấy quyết định đổi tên Tổng Liên đoàn Lao động Việt Nam thành Tổng Công đoàn Việt Nam?',
      options: [
        { text: 'Lần thứ II (1961)', correct: true },
        { text: 'Lần thứ I (1950)', correct: false },
        { text: 'Lần thứ III (1974)', correct: false },
        { text: 'Lần thứ VI (1988)', correct: false },
      ],
      explanation: 'Đại hội II (23 - 27/2/1961, Hà Nội) đổi tên thành Tổng Công đoàn Việt Nam.',
      tags: ['ten-goi', 'dai-hoi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ mấy quyết định đổi tên Tổng Công đoàn Việt Nam thành Tổng Liên đoàn Lao động Việt Nam?',
      options: [
        { text: 'Lần thứ VI (1988)', correct: true },
        { text: 'Lần thứ IV (1978)', correct: false },
        { text: 'Lần thứ V (1983)', correct: false },
        { text: 'Lần thứ VII (1993)', correct: false },
      ],
      explanation:
        'Đại hội VI (17 - 20/10/1988, Hà Nội) quyết định lấy lại tên Tổng Liên đoàn Lao động Việt Nam.',
      tags: ['ten-goi', 'dai-hoi'],
      difficulty: 2,
    },
    {
      type: 'multiple',
      prompt:
        'Những tên gọi nào dưới đây từng là tên của tổ chức Công đoàn Việt Nam? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Hội Công nhân cứu quốc', correct: true },
        { text: 'Nghiệp đoàn Ái hữu', correct: true },
        { text: 'Tổng Công đoàn Việt Nam', correct: true },
        { text: 'Hội Liên hiệp Thanh niên Việt Nam', correct: false },
      ],
      explanation:
        'Công đoàn Việt Nam đã mang các tên: Công hội Đỏ, Nghiệp đoàn Ái hữu, Hội Công nhân phản đế, Hội Công nhân cứu quốc, Tổng Liên đoàn Lao động Việt Nam, Tổng Công đoàn Việt Nam. Hội Liên hiệp Thanh niên Việt Nam là tổ chức của thanh niên.',
      tags: ['ten-goi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Theo đề cương tuyên truyền Đại hội XIII Công đoàn Việt Nam (2023), từ khi thành lập đến nay Công đoàn Việt Nam đã có bao nhiêu tên gọi?',
      options: [
        { text: '7 tên gọi', correct: true },
        { text: '5 tên gọi', correct: false },
        { text: '6 tên gọi', correct: false },
        { text: '8 tên gọi', correct: false },
      ],
      explanation:
        'Công hội Đỏ (1929 - 1935), Nghiệp đoàn Ái hữu (1936 - 1939), Hội Công nhân phản đế (1939 - 1941), Hội Công nhân cứu quốc (1941 - 1946), Tổng Liên đoàn Lao động Việt Nam (1946 - 1961), Tổng Công đoàn Việt Nam (1961 - 1988), Tổng Liên đoàn Lao động Việt Nam (từ 1988).',
      tags: ['ten-goi'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Tên gọi hiện nay của cơ quan lãnh đạo cao nhất hệ thống công đoàn Việt Nam là gì?',
      options: [
        { text: 'Tổng Liên đoàn Lao động Việt Nam', correct: true },
        { text: 'Tổng Công đoàn Việt Nam', correct: false },
        { text: 'Hội Công nhân Việt Nam', correct: false },
        { text: 'Liên hiệp Công đoàn Việt Nam', correct: false },
      ],
      explanation:
        'Từ Đại hội VI (1988) đến nay, tổ chức mang tên Tổng Liên đoàn Lao động Việt Nam.',
      tags: ['ten-goi'],
      difficulty: 1,
    },
    // --- Các kỳ Đại hội ---
    {
      type: 'single',
      prompt: 'Đại hội Công đoàn Việt Nam lần thứ I diễn ra vào năm nào?',
      options: [
        { text: '1950', correct: true },
        { text: '1946', correct: false },
        { text: '1954', correct: false },
        { text: '1961', correct: false },
      ],
      explanation: 'Đại hội I họp từ ngày 1 đến 15/1/1950 tại chiến khu Việt Bắc.',
      tags: ['dai-hoi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Đại hội Công đoàn Việt Nam lần thứ I (1/1950) được tổ chức tại tỉnh nào?',
      options: [
        { text: 'Thái Nguyên', correct: true },
        { text: 'Tuyên Quang', correct: false },
        { text: 'Cao Bằng', correct: false },
        { text: 'Hà Nội', correct: false },
      ],
      explanation: 'Đại hội I họp tại xã Cao Vân, huyện Đại Từ, tỉnh Thái Nguyên.',
      tags: ['dai-hoi'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ I (1950) đã bầu ai làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam?',
      options: [
        { text: 'Hoàng Quốc Việt', correct: true },
        { text: 'Tôn Đức Thắng', correct: false },
        { text: 'Nguyễn Văn Linh', correct: false },
        { text: 'Trần Danh Tuyên', correct: false },
      ],
      explanation:
        'Đồng chí Hoàng Quốc Việt được bầu làm Chủ tịch, đồng chí Trần Danh Tuyên làm Tổng Thư ký.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 2,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Chủ tịch Tôn Đức Thắng từng được bầu làm Chủ tịch danh dự của Tổng Công đoàn Việt Nam.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Đại hội III Công đoàn Việt Nam (1974) bầu Chủ tịch nước Tôn Đức Thắng làm Chủ tịch danh dự Tổng Công đoàn Việt Nam.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Đại hội Công đoàn Việt Nam lần thứ II được tổ chức vào năm nào?',
      options: [
        { text: '1961', correct: true },
        { text: '1955', correct: false },
        { text: '1965', correct: false },
        { text: '1974', correct: false },
      ],
      explanation: 'Đại hội II họp từ ngày 23 đến 27/2/1961 tại Thủ đô Hà Nội.',
      tags: ['dai-hoi'],
      difficulty: 2,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Chủ tịch Hồ Chí Minh đã đến dự và phát biểu tại Đại hội Công đoàn Việt Nam lần thứ II (1961).',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Đại hội II vinh dự được đón Chủ tịch Hồ Chí Minh đến dự và phát biểu ý kiến.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Đại hội Công đoàn Việt Nam lần thứ III diễn ra vào năm nào?',
      options: [
        { text: '1974', correct: true },
        { text: '1965', correct: false },
        { text: '1970', correct: false },
        { text: '1976', correct: false },
      ],
      explanation: 'Đại hội III họp từ ngày 11 đến 14/2/1974 tại Hà Nội.',
      tags: ['dai-hoi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam đầu tiên được tổ chức sau khi đất nước thống nhất là Đại hội lần thứ mấy?',
      options: [
        { text: 'Lần thứ IV (1978)', correct: true },
        { text: 'Lần thứ III (1974)', correct: false },
        { text: 'Lần thứ V (1983)', correct: false },
        { text: 'Lần thứ VI (1988)', correct: false },
      ],
      explanation:
        'Đại hội IV (8 - 11/5/1978, Hà Nội) là Đại hội đầu tiên sau khi đất nước thống nhất, khi tổ chức công đoàn hai miền Nam - Bắc đã được thống nhất.',
      tags: ['dai-hoi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ IV (1978) đã bầu ai làm Chủ tịch Tổng Công đoàn Việt Nam?',
      options: [
        { text: 'Nguyễn Văn Linh', correct: true },
        { text: 'Hoàng Quốc Việt', correct: false },
        { text: 'Nguyễn Văn Tư', correct: false },
        { text: 'Cù Thị Hậu', correct: false },
      ],
      explanation:
        'Đồng chí Nguyễn Văn Linh, Ủy viên Bộ Chính trị, được bầu làm Chủ tịch Tổng Công đoàn Việt Nam khóa IV.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ VI (1988) đã bầu ai làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam?',
      options: [
        { text: 'Nguyễn Văn Tư', correct: true },
        { text: 'Cù Thị Hậu', correct: false },
        { text: 'Đặng Ngọc Tùng', correct: false },
        { text: 'Nguyễn Đức Thuận', correct: false },
      ],
      explanation:
        'Đồng chí Nguyễn Văn Tư được bầu làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam khóa VI.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Nữ Chủ tịch đầu tiên của Tổng Liên đoàn Lao động Việt Nam, được bầu tại Đại hội VIII (1998), là ai?',
      options: [
        { text: 'Cù Thị Hậu', correct: true },
        { text: 'Trương Thị Mỹ', correct: false },
        { text: 'Nguyễn Thị Định', correct: false },
        { text: 'Hà Thị Khiết', correct: false },
      ],
      explanation:
        'Đồng chí Cù Thị Hậu được bầu làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam khóa VIII (1998) và tiếp tục giữ chức ở khóa IX.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ XI (2013) đã bầu ai làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam?',
      options: [
        { text: 'Đặng Ngọc Tùng', correct: true },
        { text: 'Cù Thị Hậu', correct: false },
        { text: 'Bùi Văn Cường', correct: false },
        { text: 'Nguyễn Văn Tư', correct: false },
      ],
      explanation:
        'Đồng chí Đặng Ngọc Tùng giữ chức Chủ tịch Tổng Liên đoàn các khóa X (2008) và XI (2013).',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Đại hội Công đoàn Việt Nam lần thứ XII (nhiệm kỳ 2018 - 2023) đã bầu ai làm Chủ tịch?',
      options: [
        { text: 'Bùi Văn Cường', correct: true },
        { text: 'Nguyễn Đình Khang', correct: false },
        { text: 'Đặng Ngọc Tùng', correct: false },
        { text: 'Cù Thị Hậu', correct: false },
      ],
      explanation:
        'Đại hội XII (24 - 26/9/2018, Hà Nội) bầu đồng chí Bùi Văn Cường tiếp tục làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Đồng chí Nguyễn Đình Khang được bầu giữ chức Chủ tịch Tổng Liên đoàn Lao động Việt Nam lần đầu vào năm nào?',
      options: [
        { text: '2019', correct: true },
        { text: '2018', correct: false },
        { text: '2021', correct: false },
        { text: '2023', correct: false },
      ],
      explanation:
        'Ngày 28/7/2019, trong nhiệm kỳ khóa XII, đồng chí Nguyễn Đình Khang được bầu giữ chức Chủ tịch; Đại hội XIII (2023) tiếp tục bầu đồng chí làm Chủ tịch.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Đại hội Công đoàn Việt Nam lần thứ XIII được tổ chức vào năm nào?',
      options: [
        { text: '2023', correct: true },
        { text: '2018', correct: false },
        { text: '2021', correct: false },
        { text: '2024', correct: false },
      ],
      explanation: 'Đại hội XIII Công đoàn Việt Nam họp từ ngày 1 đến 3/12/2023 tại Hà Nội.',
      tags: ['dai-hoi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Đại hội XIII Công đoàn Việt Nam là Đại hội của nhiệm kỳ nào?',
      options: [
        { text: '2023 - 2028', correct: true },
        { text: '2018 - 2023', correct: false },
        { text: '2024 - 2029', correct: false },
        { text: '2020 - 2025', correct: false },
      ],
      explanation: 'Đại hội XIII là Đại hội nhiệm kỳ 2023 - 2028.',
      tags: ['dai-hoi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Đại hội XIII Công đoàn Việt Nam (2023) đã bầu ai làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam?',
      options: [
        { text: 'Nguyễn Đình Khang', correct: true },
        { text: 'Bùi Văn Cường', correct: false },
        { text: 'Đặng Ngọc Tùng', correct: false },
        { text: 'Ngọ Duy Hiểu', correct: false },
      ],
      explanation:
        'Ban Chấp hành Tổng Liên đoàn khóa XIII bầu đồng chí Nguyễn Đình Khang làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Đại hội XIII Công đoàn Việt Nam diễn ra trong thời gian nào?',
      options: [
        { text: 'Từ ngày 1 đến 3/12/2023', correct: true },
        { text: 'Từ ngày 24 đến 26/9/2023', correct: false },
        { text: 'Từ ngày 26 đến 28/7/2023', correct: false },
        { text: 'Từ ngày 1 đến 3/12/2022', correct: false },
      ],
      explanation:
        'Đại hội XIII họp từ ngày 1 đến 3/12/2023 tại Trung tâm Hội nghị Quốc gia, Hà Nội.',
      tags: ['dai-hoi'],
      difficulty: 3,
    },
    {
      type: 'short_text',
      prompt:
        'Đại hội Công đoàn Việt Nam nhiệm kỳ 2023 - 2028 là Đại hội lần thứ mấy? (Ghi bằng chữ số, ví dụ 10)',
      acceptedAnswers: ['13', 'XIII', 'mười ba', 'lần thứ 13', 'lần thứ XIII'],
      explanation:
        'Đó là Đại hội XIII (lần thứ 13) Công đoàn Việt Nam, họp từ ngày 1 đến 3/12/2023.',
      tags: ['dai-hoi'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Hiện nay, Đại hội Công đoàn Việt Nam được tổ chức theo nhiệm kỳ bao nhiêu năm?',
      options: [
        { text: '5 năm', correct: true },
        { text: '3 năm', correct: false },
        { text: '4 năm', correct: false },
        { text: '10 năm', correct: false },
      ],
      explanation:
        'Các kỳ Đại hội gần đây (1998, 2003, 2008, 2013, 2018, 2023) cách nhau 5 năm, theo nhiệm kỳ 5 năm.',
      tags: ['dai-hoi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Cơ quan lãnh đạo cao nhất của Công đoàn Việt Nam là gì?',
      options: [
        { text: 'Đại hội Công đoàn Việt Nam', correct: true },
        { text: 'Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam', correct: false },
        { text: 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam', correct: false },
        { text: 'Ủy ban Kiểm tra Tổng Liên đoàn Lao động Việt Nam', correct: false },
      ],
      explanation:
        'Theo Điều lệ Công đoàn Việt Nam, cơ quan lãnh đạo cao nhất là Đại hội Công đoàn Việt Nam; giữa hai kỳ Đại hội là Ban Chấp hành Tổng Liên đoàn.',
      tags: ['dai-hoi', 'chuc-nang'],
      difficulty: 2,
    },
    // --- Luật Công đoàn ---
    {
      type: 'single',
      prompt: 'Luật Công đoàn đầu tiên của nước ta được ban hành vào năm nào?',
      options: [
        { text: '1957', correct: true },
        { text: '1946', correct: false },
        { text: '1990', correct: false },
        { text: '1960', correct: false },
      ],
      explanation: 'Luật Công đoàn đầu tiên được Quốc hội khóa I thông qua năm 1957.',
      tags: ['luat-cong-doan'],
      difficulty: 2,
    },
    {
      type: 'multiple',
      prompt:
        'Luật Công đoàn đã được Quốc hội ban hành vào những năm nào dưới đây? (Chọn tất cả đáp án đúng)',
      options: [
        { text: '1957', correct: true },
        { text: '1990', correct: true },
        { text: '2012', correct: true },
        { text: '2019', correct: false },
      ],
      explanation:
        'Các Luật Công đoàn: 1957, 1990, 2012 và 2024. Năm 2019 là năm ban hành Bộ luật Lao động hiện hành, không phải Luật Công đoàn.',
      tags: ['luat-cong-doan'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Luật Công đoàn năm 2012 có hiệu lực thi hành từ ngày nào?',
      options: [
        { text: '1/1/2013', correct: true },
        { text: '1/7/2012', correct: false },
        { text: '1/1/2012', correct: false },
        { text: '1/5/2013', correct: false },
      ],
      explanation:
        'Luật Công đoàn 2012 được thông qua ngày 20/6/2012, có hiệu lực từ ngày 1/1/2013.',
      tags: ['luat-cong-doan'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Luật Công đoàn năm 2024 có hiệu lực thi hành từ ngày nào?',
      options: [
        { text: '1/7/2025', correct: true },
        { text: '1/1/2025', correct: false },
        { text: '1/1/2026', correct: false },
        { text: '28/7/2025', correct: false },
      ],
      explanation:
        'Luật Công đoàn 2024 được Quốc hội thông qua ngày 27/11/2024, có hiệu lực từ ngày 1/7/2025.',
      tags: ['luat-cong-doan'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Luật Công đoàn năm 2024 được Quốc hội khóa nào thông qua?',
      options: [
        { text: 'Khóa XV', correct: true },
        { text: 'Khóa XIV', correct: false },
        { text: 'Khóa XIII', correct: false },
        { text: 'Khóa XVI', correct: false },
      ],
      explanation:
        'Luật Công đoàn 2024 được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8 (27/11/2024).',
      tags: ['luat-cong-doan'],
      difficulty: 2,
    },
    {
      type: 'short_text',
      prompt:
        'Luật Công đoàn thay thế Luật Công đoàn năm 2012 được Quốc hội thông qua vào năm nào? (Ghi năm bằng chữ số)',
      acceptedAnswers: ['2024', 'năm 2024'],
      explanation:
        'Luật Công đoàn 2024 được thông qua ngày 27/11/2024 và có hiệu lực từ ngày 1/7/2025.',
      tags: ['luat-cong-doan'],
      difficulty: 2,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Luật Công đoàn năm 2024 cho phép người lao động là công dân nước ngoài làm việc tại Việt Nam, đáp ứng điều kiện luật định, gia nhập công đoàn cơ sở.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Đây là một điểm mới của Luật Công đoàn 2024: lao động nước ngoài làm việc tại Việt Nam theo điều kiện luật định được gia nhập và hoạt động công đoàn tại công đoàn cơ sở.',
      tags: ['luat-cong-doan'],
      difficulty: 2,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Người lao động có quyền thành lập, gia nhập và hoạt động công đoàn theo quy định của pháp luật.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Quyền thành lập, gia nhập và hoạt động công đoàn được Luật Công đoàn bảo đảm.',
      tags: ['luat-cong-doan'],
      difficulty: 1,
    },
    // --- Chức năng, nguyên tắc, kinh phí ---
    {
      type: 'multiple',
      prompt:
        'Những nội dung nào dưới đây thuộc chức năng của Công đoàn Việt Nam? (Chọn tất cả đáp án đúng)',
      options: [
        {
          text: 'Đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động',
          correct: true,
        },
        { text: 'Tham gia quản lý nhà nước, quản lý kinh tế - xã hội', correct: true },
        {
          text: 'Tham gia kiểm tra, thanh tra, giám sát hoạt động của cơ quan, tổ chức, đơn vị, doanh nghiệp về những vấn đề liên quan đến quyền, nghĩa vụ của người lao động',
          correct: true,
        },
        { text: 'Quyết định mức lương của từng người lao động trong doanh nghiệp', correct: false },
      ],
      explanation:
        'Công đoàn đại diện, bảo vệ người lao động; tham gia quản lý nhà nước, kinh tế - xã hội; tham gia kiểm tra, thanh tra, giám sát; tuyên truyền, vận động người lao động. Mức lương do người sử dụng lao động và người lao động thỏa thuận.',
      tags: ['chuc-nang'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Công đoàn Việt Nam được tổ chức và hoạt động theo nguyên tắc nào?',
      options: [
        { text: 'Tập trung dân chủ', correct: true },
        { text: 'Thủ trưởng một người quyết định', correct: false },
        { text: 'Tự quản, không chịu sự lãnh đạo của cấp trên', correct: false },
        { text: 'Đồng thuận tuyệt đối của mọi đoàn viên', correct: false },
      ],
      explanation: 'Công đoàn Việt Nam tổ chức và hoạt động theo nguyên tắc tập trung dân chủ.',
      tags: ['chuc-nang'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Kinh phí công đoàn do cơ quan, tổ chức, doanh nghiệp đóng bằng bao nhiêu phần trăm quỹ tiền lương làm căn cứ đóng bảo hiểm xã hội cho người lao động?',
      options: [
        { text: '2%', correct: true },
        { text: '1%', correct: false },
        { text: '3%', correct: false },
        { text: '0,5%', correct: false },
      ],
      explanation:
        'Kinh phí công đoàn bằng 2% quỹ tiền lương làm căn cứ đóng bảo hiểm xã hội cho người lao động.',
      tags: ['doan-phi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Đoàn viên công đoàn hưởng lương thuộc đối tượng đóng bảo hiểm xã hội đóng đoàn phí hằng tháng bằng bao nhiêu phần trăm tiền lương làm căn cứ đóng bảo hiểm xã hội?',
      options: [
        { text: '1%', correct: true },
        { text: '2%', correct: false },
        { text: '0,5%', correct: false },
        { text: '3%', correct: false },
      ],
      explanation:
        'Đoàn phí công đoàn của đoàn viên bằng 1% tiền lương làm căn cứ đóng bảo hiểm xã hội.',
      tags: ['doan-phi'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Kinh phí công đoàn và đoàn phí công đoàn là cùng một khoản, đều do đoàn viên tự đóng.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation:
        'Sai. Kinh phí công đoàn (2% quỹ lương) do cơ quan, tổ chức, doanh nghiệp đóng; đoàn phí (1% tiền lương) do đoàn viên đóng.',
      tags: ['doan-phi'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Tổ chức nào là cấp cơ sở của Công đoàn Việt Nam, trực tiếp tập hợp đoàn viên tại cơ quan, đơn vị, doanh nghiệp?',
      options: [
        { text: 'Công đoàn cơ sở', correct: true },
        { text: 'Liên đoàn Lao động tỉnh, thành phố', correct: false },
        { text: 'Công đoàn ngành trung ương', correct: false },
        { text: 'Tổng Liên đoàn Lao động Việt Nam', correct: false },
      ],
      explanation:
        'Công đoàn cơ sở là tổ chức cơ sở của Công đoàn, nơi trực tiếp tập hợp và đại diện đoàn viên, người lao động.',
      tags: ['cong-doan-co-so'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt: 'Những việc nào dưới đây là nhiệm vụ của công đoàn cơ sở? (Chọn tất cả đáp án đúng)',
      options: [
        {
          text: 'Đại diện người lao động thương lượng tập thể, ký kết thỏa ước lao động tập thể',
          correct: true,
        },
        { text: 'Đối thoại với người sử dụng lao động tại nơi làm việc', correct: true },
        {
          text: 'Giám sát việc thực hiện chế độ, chính sách đối với người lao động',
          correct: true,
        },
        { text: 'Ký quyết định kỷ luật sa thải người lao động', correct: false },
      ],
      explanation:
        'Công đoàn cơ sở đại diện người lao động trong thương lượng, đối thoại và giám sát; quyết định kỷ luật lao động thuộc thẩm quyền người sử dụng lao động.',
      tags: ['cong-doan-co-so'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Thỏa ước lao động tập thể là gì?',
      options: [
        {
          text: 'Thỏa thuận đạt được thông qua thương lượng tập thể và được các bên ký kết bằng văn bản',
          correct: true,
        },
        { text: 'Quyết định đơn phương của người sử dụng lao động về tiền lương', correct: false },
        { text: 'Nội quy lao động do giám đốc doanh nghiệp ban hành', correct: false },
        {
          text: 'Hợp đồng lao động ký giữa một người lao động và người sử dụng lao động',
          correct: false,
        },
      ],
      explanation:
        'Theo Bộ luật Lao động 2019, thỏa ước lao động tập thể là thỏa thuận đạt được thông qua thương lượng tập thể và được các bên ký kết bằng văn bản.',
      tags: ['cong-doan-co-so', 'bo-luat-lao-dong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Theo Bộ luật Lao động 2019, tổ chức đại diện người lao động tại cơ sở gồm những tổ chức nào?',
      options: [
        { text: 'Công đoàn cơ sở và tổ chức của người lao động tại doanh nghiệp', correct: true },
        { text: 'Chỉ có công đoàn cơ sở', correct: false },
        { text: 'Ban giám đốc và phòng nhân sự của doanh nghiệp', correct: false },
        { text: 'Hội đồng quản trị doanh nghiệp', correct: false },
      ],
      explanation:
        'Bộ luật Lao động 2019 lần đầu ghi nhận "tổ chức của người lao động tại doanh nghiệp" bên cạnh công đoàn cơ sở.',
      tags: ['cong-doan-co-so', 'bo-luat-lao-dong'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt: 'Ngày Quốc tế Lao động là ngày nào?',
      options: [
        { text: '1/5', correct: true },
        { text: '28/7', correct: false },
        { text: '8/3', correct: false },
        { text: '2/9', correct: false },
      ],
      explanation:
        'Ngày 1/5 là Ngày Quốc tế Lao động, cũng là ngày nghỉ lễ của người lao động Việt Nam.',
      tags: ['ngay-truyen-thong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Ngày Quốc tế Lao động 1/5 bắt nguồn từ cuộc đấu tranh đòi ngày làm 8 giờ của công nhân thành phố nào năm 1886?',
      options: [
        { text: 'Chicago (Hoa Kỳ)', correct: true },
        { text: 'Paris (Pháp)', correct: false },
        { text: 'London (Anh)', correct: false },
        { text: 'Berlin (Đức)', correct: false },
      ],
      explanation: 'Ngày 1/5/1886, công nhân Chicago (Hoa Kỳ) bãi công đòi ngày làm việc 8 giờ.',
      tags: ['ngay-truyen-thong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        '"Tháng Công nhân" do Tổng Liên đoàn Lao động Việt Nam tổ chức vào tháng nào hằng năm?',
      options: [
        { text: 'Tháng 5', correct: true },
        { text: 'Tháng 7', correct: false },
        { text: 'Tháng 3', correct: false },
        { text: 'Tháng 10', correct: false },
      ],
      explanation:
        'Tháng Công nhân được tổ chức vào tháng 5 hằng năm, gắn với Ngày Quốc tế Lao động 1/5.',
      tags: ['ngay-truyen-thong'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt:
        'Những hoạt động nào dưới đây gắn với đồng chí Nguyễn Đức Cảnh? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Đứng đầu Ban Chấp hành lâm thời Tổng Công hội Đỏ Bắc Kỳ', correct: true },
        { text: 'Tham gia thành lập Đông Dương Cộng sản Đảng', correct: true },
        { text: 'Lãnh đạo cuộc bãi công Ba Son năm 1925', correct: false },
        { text: 'Được bầu làm Chủ tịch tại Đại hội Công đoàn Việt Nam lần thứ I', correct: false },
      ],
      explanation:
        'Nguyễn Đức Cảnh tham gia thành lập Đông Dương Cộng sản Đảng (6/1929) và đứng đầu Tổng Công hội Đỏ Bắc Kỳ (7/1929). Bãi công Ba Son do Tôn Đức Thắng lãnh đạo; Đại hội I (1950) bầu Hoàng Quốc Việt làm Chủ tịch.',
      tags: ['thanh-lap', 'nhan-vat'],
      difficulty: 2,
    },
    {
      type: 'multiple',
      prompt:
        'Những ngày nào dưới đây gắn trực tiếp với phong trào công nhân và tổ chức Công đoàn? (Chọn tất cả đáp án đúng)',
      options: [
        { text: '1/5 - Ngày Quốc tế Lao động', correct: true },
        { text: '28/7 - Ngày truyền thống Công đoàn Việt Nam', correct: true },
        { text: '26/3 - Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh', correct: false },
        { text: '27/7 - Ngày Thương binh - Liệt sĩ', correct: false },
      ],
      explanation:
        'Ngày 1/5 là Ngày Quốc tế Lao động, ngày 28/7 là Ngày truyền thống Công đoàn Việt Nam; 26/3 và 27/7 là các ngày kỷ niệm khác.',
      tags: ['ngay-truyen-thong'],
      difficulty: 1,
    },
    {
      type: 'multiple',
      prompt:
        'Đồng chí Hoàng Quốc Việt được bầu làm Chủ tịch tại những kỳ Đại hội Công đoàn Việt Nam nào? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Đại hội I (1950)', correct: true },
        { text: 'Đại hội II (1961)', correct: true },
        { text: 'Đại hội III (1974)', correct: true },
        { text: 'Đại hội IV (1978)', correct: false },
      ],
      explanation:
        'Đồng chí Hoàng Quốc Việt được bầu làm Chủ tịch tại các Đại hội I, II và III; Đại hội IV (1978) bầu đồng chí Nguyễn Văn Linh.',
      tags: ['dai-hoi', 'nhan-vat'],
      difficulty: 3,
    },
    {
      type: 'multiple',
      prompt:
        'Theo Luật Công đoàn, tài chính công đoàn gồm những nguồn thu nào? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Đoàn phí công đoàn do đoàn viên đóng', correct: true },
        { text: 'Kinh phí công đoàn do cơ quan, tổ chức, doanh nghiệp đóng', correct: true },
        { text: 'Ngân sách nhà nước hỗ trợ', correct: true },
        { text: 'Tiền phạt người lao động vi phạm nội quy', correct: false },
      ],
      explanation:
        'Tài chính công đoàn gồm đoàn phí, kinh phí công đoàn, ngân sách nhà nước hỗ trợ và các nguồn thu khác. Pháp luật lao động cấm phạt tiền thay cho xử lý kỷ luật lao động.',
      tags: ['doan-phi', 'luat-cong-doan'],
      difficulty: 2,
    },
    // --- Bộ luật Lao động 2019 ---
    {
      type: 'single',
      prompt: 'Bộ luật Lao động năm 2019 có hiệu lực thi hành từ ngày nào?',
      options: [
        { text: '1/1/2021', correct: true },
        { text: '1/1/2020', correct: false },
        { text: '1/7/2020', correct: false },
        { text: '1/5/2021', correct: false },
      ],
      explanation:
        'Bộ luật Lao động 2019 được thông qua ngày 20/11/2019, có hiệu lực từ ngày 1/1/2021.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Theo Bộ luật Lao động 2019, thời giờ làm việc bình thường của người lao động là bao nhiêu?',
      options: [
        { text: 'Không quá 8 giờ trong 1 ngày và không quá 48 giờ trong 1 tuần', correct: true },
        { text: 'Không quá 10 giờ trong 1 ngày và không quá 60 giờ trong 1 tuần', correct: false },
        { text: 'Không quá 9 giờ trong 1 ngày và không quá 54 giờ trong 1 tuần', correct: false },
        { text: 'Không quá 7 giờ trong 1 ngày và không quá 35 giờ trong 1 tuần', correct: false },
      ],
      explanation: 'Điều 105 Bộ luật Lao động 2019: không quá 8 giờ/ngày và không quá 48 giờ/tuần.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Theo Điều 107 Bộ luật Lao động 2019, số giờ làm thêm của người lao động không quá bao nhiêu giờ trong 1 tháng?',
      options: [
        { text: '40 giờ', correct: true },
        { text: '30 giờ', correct: false },
        { text: '50 giờ', correct: false },
        { text: '60 giờ', correct: false },
      ],
      explanation: 'Bộ luật Lao động 2019 nâng giới hạn làm thêm từ 30 lên 40 giờ trong 1 tháng.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Theo Bộ luật Lao động 2019, trừ một số ngành, nghề được làm thêm đến 300 giờ, tổng số giờ làm thêm của người lao động không quá bao nhiêu giờ trong 1 năm?',
      options: [
        { text: '200 giờ', correct: true },
        { text: '150 giờ', correct: false },
        { text: '250 giờ', correct: false },
        { text: '400 giờ', correct: false },
      ],
      explanation:
        'Giới hạn chung là 200 giờ/năm; một số ngành, nghề, công việc được làm thêm không quá 300 giờ/năm.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt: 'Theo Bộ luật Lao động 2019, giờ làm việc ban đêm được tính từ mấy giờ?',
      options: [
        { text: 'Từ 22 giờ đến 6 giờ sáng ngày hôm sau', correct: true },
        { text: 'Từ 21 giờ đến 5 giờ sáng ngày hôm sau', correct: false },
        { text: 'Từ 22 giờ đến 5 giờ sáng ngày hôm sau', correct: false },
        { text: 'Từ 23 giờ đến 6 giờ sáng ngày hôm sau', correct: false },
      ],
      explanation:
        'Điều 106 Bộ luật Lao động 2019: giờ làm việc ban đêm từ 22 giờ đến 6 giờ sáng ngày hôm sau.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Người lao động làm việc đủ 12 tháng trong điều kiện bình thường được nghỉ hằng năm hưởng nguyên lương bao nhiêu ngày làm việc?',
      options: [
        { text: '12 ngày', correct: true },
        { text: '10 ngày', correct: false },
        { text: '14 ngày', correct: false },
        { text: '15 ngày', correct: false },
      ],
      explanation:
        'Điều 113 Bộ luật Lao động 2019: 12 ngày làm việc đối với người làm công việc trong điều kiện bình thường.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt:
        'Theo Bộ luật Lao động 2019, lao động nữ được nghỉ thai sản trước và sau khi sinh con bao lâu?',
      options: [
        { text: '6 tháng', correct: true },
        { text: '4 tháng', correct: false },
        { text: '5 tháng', correct: false },
        { text: '12 tháng', correct: false },
      ],
      explanation:
        'Điều 139: lao động nữ được nghỉ thai sản trước và sau khi sinh con là 6 tháng (thời gian nghỉ trước khi sinh không quá 2 tháng).',
      tags: ['bo-luat-lao-dong'],
      difficulty: 1,
    },
    {
      type: 'single',
      prompt: 'Người lao động làm thêm giờ vào ngày thường được trả lương ít nhất bằng bao nhiêu?',
      options: [
        { text: '150% tiền lương của công việc đang làm', correct: true },
        { text: '200% tiền lương của công việc đang làm', correct: false },
        { text: '300% tiền lương của công việc đang làm', correct: false },
        { text: '120% tiền lương của công việc đang làm', correct: false },
      ],
      explanation:
        'Điều 98: ngày thường ít nhất 150%, ngày nghỉ hằng tuần ít nhất 200%, ngày lễ, tết ít nhất 300%.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Người lao động làm thêm giờ vào ngày lễ, tết được trả lương ít nhất bằng bao nhiêu (chưa kể tiền lương ngày lễ, tết đối với người hưởng lương ngày)?',
      options: [
        { text: '300%', correct: true },
        { text: '150%', correct: false },
        { text: '200%', correct: false },
        { text: '400%', correct: false },
      ],
      explanation:
        'Điều 98 Bộ luật Lao động 2019: làm thêm vào ngày lễ, tết, ngày nghỉ có hưởng lương ít nhất bằng 300%.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Theo lộ trình của Bộ luật Lao động 2019, tuổi nghỉ hưu của lao động nam trong điều kiện lao động bình thường tăng dần đến bao nhiêu tuổi (vào năm 2028)?',
      options: [
        { text: 'Đủ 62 tuổi', correct: true },
        { text: 'Đủ 60 tuổi', correct: false },
        { text: 'Đủ 61 tuổi', correct: false },
        { text: 'Đủ 65 tuổi', correct: false },
      ],
      explanation: 'Tuổi nghỉ hưu của nam tăng mỗi năm 3 tháng cho đến đủ 62 tuổi vào năm 2028.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 1,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Theo Bộ luật Lao động 2019, tuổi nghỉ hưu của lao động nữ trong điều kiện lao động bình thường tăng dần đến đủ 60 tuổi vào năm 2035.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation:
        'Đúng. Tuổi nghỉ hưu của nữ tăng mỗi năm 4 tháng cho đến đủ 60 tuổi vào năm 2035.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
    {
      type: 'multiple',
      prompt:
        'Theo Bộ luật Lao động 2019, hợp đồng lao động gồm những loại nào? (Chọn tất cả đáp án đúng)',
      options: [
        { text: 'Hợp đồng lao động không xác định thời hạn', correct: true },
        { text: 'Hợp đồng lao động xác định thời hạn không quá 36 tháng', correct: true },
        { text: 'Hợp đồng lao động theo mùa vụ dưới 12 tháng', correct: false },
        { text: 'Hợp đồng lao động trọn đời không được chấm dứt', correct: false },
      ],
      explanation:
        'Bộ luật Lao động 2019 chỉ còn hai loại hợp đồng: không xác định thời hạn và xác định thời hạn (không quá 36 tháng); loại hợp đồng theo mùa vụ đã bỏ.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Theo Bộ luật Lao động 2019, người sử dụng lao động phải tổ chức đối thoại định kỳ tại nơi làm việc ít nhất bao lâu một lần?',
      options: [
        { text: '1 năm một lần', correct: true },
        { text: '3 tháng một lần', correct: false },
        { text: '6 tháng một lần', correct: false },
        { text: '2 năm một lần', correct: false },
      ],
      explanation:
        'Điều 63 Bộ luật Lao động 2019: đối thoại định kỳ tại nơi làm việc ít nhất 1 năm một lần.',
      tags: ['bo-luat-lao-dong', 'cong-doan-co-so'],
      difficulty: 2,
    },
    {
      type: 'true_false',
      prompt:
        'Đúng hay sai: Theo Bộ luật Lao động 2019, đình công phải do tổ chức đại diện người lao động có quyền thương lượng tập thể tổ chức và lãnh đạo.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation: 'Đúng. Điều 198 Bộ luật Lao động 2019 quy định như vậy.',
      tags: ['bo-luat-lao-dong', 'cong-doan-co-so'],
      difficulty: 2,
    },
    {
      type: 'single',
      prompt:
        'Theo Bộ luật Lao động 2019, thời gian thử việc tối đa đối với công việc có chức danh nghề nghiệp cần trình độ chuyên môn, kỹ thuật từ cao đẳng trở lên là bao nhiêu?',
      options: [
        { text: 'Không quá 60 ngày', correct: true },
        { text: 'Không quá 30 ngày', correct: false },
        { text: 'Không quá 90 ngày', correct: false },
        { text: 'Không quá 180 ngày', correct: false },
      ],
      explanation:
        'Điều 25: không quá 180 ngày với người quản lý doanh nghiệp; 60 ngày với trình độ từ cao đẳng trở lên; 30 ngày với trình độ trung cấp, công nhân kỹ thuật, nhân viên nghiệp vụ; 6 ngày làm việc với công việc khác.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 3,
    },
    {
      type: 'single',
      prompt:
        'Bộ luật Lao động đầu tiên của nước Cộng hòa xã hội chủ nghĩa Việt Nam được Quốc hội thông qua năm nào?',
      options: [
        { text: '1994', correct: true },
        { text: '1986', correct: false },
        { text: '2002', correct: false },
        { text: '2012', correct: false },
      ],
      explanation:
        'Bộ luật Lao động đầu tiên được thông qua năm 1994 (hiệu lực từ 1/1/1995); sau đó là Bộ luật Lao động 2012 và 2019.',
      tags: ['bo-luat-lao-dong'],
      difficulty: 2,
    },
  ],
};
