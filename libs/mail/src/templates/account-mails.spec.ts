import { resetPasswordMail, verifyEmailMail, welcomeMail } from './account-mails';
import { escapeHtml } from './layout';

const context = { publicUrl: 'https://thi.ldld.vn' };

describe('account mails', () => {
  it('puts the verification link, with its token, in both the text and the HTML', () => {
    const mail = verifyEmailMail.render({ fullName: 'Trần Thị Bé', token: 'abc_-123' }, context);
    expect(mail.subject).toMatch(/Xác minh/);
    expect(mail.text).toContain('https://thi.ldld.vn/xac-minh-email?token=abc_-123');
    expect(mail.html).toContain('href="https://thi.ldld.vn/xac-minh-email?token=abc_-123"');
    expect(mail.text).toContain('Xin chào Trần Thị Bé,');
    expect(mail.text).toContain('7 ngày');
  });

  it('links the reset mail to dat-lai-mat-khau and says it expires in an hour', () => {
    const mail = resetPasswordMail.render({ fullName: 'An', token: 'tok' }, context);
    expect(mail.text).toContain('https://thi.ldld.vn/dat-lai-mat-khau?token=tok');
    expect(mail.text).toContain('60 phút');
  });

  it('escapes a hostile name in the HTML but keeps it readable in the text', () => {
    const name = '<script>alert("x")</script> & <b>Bảo</b>';
    const mail = verifyEmailMail.render({ fullName: name, token: 't' }, context);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Bảo</b>');
    expect(mail.html).toContain(escapeHtml(name));
    expect(mail.text).toContain(name);
  });

  it('names staff roles in the welcome mail, and greets participants with the contests', () => {
    const staff = welcomeMail.render({ fullName: 'C', email: 'c@x.vn', roles: ['judge'] }, context);
    expect(staff.text).toContain('ban giám khảo');
    const participant = welcomeMail.render(
      { fullName: 'D', email: 'd@x.vn', roles: ['participant'] },
      context,
    );
    expect(participant.text).toContain('cuộc thi');
    expect(participant.text).toContain('https://thi.ldld.vn/dang-nhap');
  });

  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
